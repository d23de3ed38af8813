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
import jakarta.persistence.Table;
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
@Table(name = "referral")
public class Referral extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", updatable = false)
    public Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", updatable = false)
    public School school;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id")
    public Programme programme;

    @Column(name = "student_first_name")
    public String studentFirstName;

    @Column(name = "student_last_name")
    public String studentLastName;

    @Column(name = "student_date_of_birth")
    public LocalDate studentDateOfBirth;

    @Column(name = "student_email")
    public String studentEmail;

    @Column(name = "student_phone")
    public String studentPhone;

    @Enumerated(EnumType.STRING)
    @Column(name = "referrer_kind")
    public ReferrerKind referrerKind;

    @Column(name = "referrer_name")
    public String referrerName;

    @Column(name = "referrer_email")
    public String referrerEmail;

    @Column(name = "referrer_phone")
    public String referrerPhone;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    public ReferralReason reason;

    @Column(name = "reason_other")
    public String reasonOther;

    @Enumerated(EnumType.STRING)
    @Column(name = "search_duration")
    public SearchDuration searchDuration;

    @Column(name = "applications_sent")
    public Integer applicationsSent;

    @Column(name = "companies_contacted")
    public Integer companiesContacted;

    @Column(name = "school_actions")
    public String schoolActions;

    @Column(name = "internship_must_start_by")
    public LocalDate internshipMustStartBy;

    @Column(name = "hours_behind")
    public Integer hoursBehind;

    @Column(name = "student_consent")
    public boolean studentConsent;

    @Column(name = "guardian_consent")
    public boolean guardianConsent;

    @Column(name = "consent_date")
    public LocalDate consentDate;

    /** Answers to the organisation's checklist, by question id; fixed at submission. */
    @ElementCollection
    @CollectionTable(name = "referral_eligibility_answer", joinColumns = @JoinColumn(name = "referral_id"))
    @MapKeyColumn(name = "question_id")
    @Column(name = "answer")
    public Map<UUID, Boolean> eligibilityAnswers = new HashMap<>();

    /** How many answers do not qualify; computed at submission so lists need no join. */
    @Column(name = "eligibility_failures")
    public int eligibilityFailures;

    @Enumerated(EnumType.STRING)
    public ReferralStatus status;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "review_on")
    public LocalDate reviewOn;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "student_id")
    public Student student;

    @Column(name = "submitted_at", updatable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by", updatable = false)
    public String submittedBy;

    @Column(name = "search_name", insertable = false, updatable = false)
    public String searchName;

    @Version
    public int version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
