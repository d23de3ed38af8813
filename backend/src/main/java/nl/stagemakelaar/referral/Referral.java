package nl.stagemakelaar.referral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.stagemakelaar.organisation.Organisation;
import nl.stagemakelaar.school.Programme;
import nl.stagemakelaar.school.School;
import nl.stagemakelaar.student.Student;

/**
 * A request to take a student on. Holds what the referrer knows and consented to share; it never holds
 * the broker's own case data, so mentors can read it whole.
 */
@Entity
public class Referral extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(updatable = false)
    public Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(updatable = false)
    public School school;

    @ManyToOne(fetch = FetchType.LAZY)
    public Programme programme;

    public String studentFirstName;

    public String studentLastName;

    public LocalDate studentDateOfBirth;

    public String studentEmail;

    public String studentPhone;

    @Enumerated(EnumType.STRING)
    public ReferrerKind referrerKind;

    public String referrerName;

    public String referrerEmail;

    public String referrerPhone;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    public ReferralReason reason;

    public String reasonOther;

    @Enumerated(EnumType.STRING)
    public SearchDuration searchDuration;

    public Integer applicationsSent;

    public Integer companiesContacted;

    public String schoolActions;

    /** What the school's placement coordinator answered about what the student already tried. */
    public String schoolAnswer;

    public java.time.OffsetDateTime schoolAnswerAt;

    public String schoolAnswerBy;

    /** A student who signed up themselves says here what they already tried. */
    public String studentTried;

    /** Hash of the confirmed sign-up link (channel SELF): the same link again finds this referral. */
    public String signUpKey;

    public LocalDate internshipMustStartBy;

    public Integer hoursBehind;

    public boolean studentConsent;

    public boolean guardianConsent;

    public LocalDate consentDate;

    /** Answers to the organisation's checklist, by question id, with the wording asked; fixed at submission. */
    @ElementCollection
    @CollectionTable(name = "referral_eligibility_answer", joinColumns = @JoinColumn(name = "referral_id"))
    @MapKeyColumn(name = "question_id")
    public Map<UUID, GivenAnswer> eligibilityAnswers = new HashMap<>();

    /** How many answers do not qualify; computed at submission so lists need no join. */
    public int eligibilityFailures;

    @Enumerated(EnumType.STRING)
    public ReferralStatus status;

    public String decisionReason;

    public LocalDate reviewOn;

    public OffsetDateTime decidedAt;

    public String decidedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    public Student student;

    @Column(updatable = false)
    public OffsetDateTime submittedAt;

    @Column(updatable = false)
    public String submittedBy;

    @Column(insertable = false, updatable = false)
    public String searchName;

    @Version
    public int version;

    public OffsetDateTime updatedAt;

    public String updatedBy;
}
