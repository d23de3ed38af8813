package nl.stagemakelaar.placement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.stagemakelaar.employer.Employer;
import nl.stagemakelaar.place.InternshipPlace;
import nl.stagemakelaar.student.Student;

/** A student proposed to (and perhaps placed at) an employer. */
@Entity
@Table(name = "placement")
public class Placement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", updatable = false)
    public UUID organisationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", updatable = false)
    public Student student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employer_id", updatable = false)
    public Employer employer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "place_id", updatable = false)
    public InternshipPlace place;

    @Enumerated(EnumType.STRING)
    public PlacementType type;

    @Enumerated(EnumType.STRING)
    public PlacementStatus status;

    /** The short profile the employer will see, shared with the student's consent. */
    public String profile;

    /** Shared with the employer together with the profile (the student agreed to both). */
    public String strengths;

    @Column(name = "support_to_mention")
    public String supportToMention;

    @Column(name = "cv_attachment_id")
    public UUID cvAttachmentId;

    @Column(name = "consent_to_share")
    public boolean consentToShare;

    @Column(name = "consent_date")
    public LocalDate consentDate;

    @Column(name = "interview_at")
    public OffsetDateTime interviewAt;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "decline_reason")
    public String declineReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public EndReason endReason;

    @Column(name = "end_note")
    public String endNote;

    /** Why a proposal was withdrawn: the broker's word, the case closed, consent ended, placed elsewhere. */
    @Column(name = "withdraw_reason")
    public String withdrawReason;

    /** Set when the student withdrew consent to share: the employer no longer sees the profile or CV. */
    @Column(name = "consent_withdrawn_on")
    public LocalDate consentWithdrawnOn;

    @Column(name = "required_hours")
    public Integer requiredHours;

    @Column(name = "hours_done")
    public int hoursDone;

    @Column(name = "hours_confirmed_at")
    public OffsetDateTime hoursConfirmedAt;

    @Column(name = "hours_confirmed_by")
    public String hoursConfirmedBy;

    @Column(name = "evaluation_rating")
    public Integer evaluationRating;

    public String evaluation;

    @Column(name = "evaluated_at")
    public OffsetDateTime evaluatedAt;

    @Column(name = "evaluated_by")
    public String evaluatedBy;

    @Version
    public int version;

    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
