package nl.stagemakelaar.placement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.stagemakelaar.common.AuditedEntity;
import nl.stagemakelaar.employer.Employer;
import nl.stagemakelaar.place.InternshipPlace;
import nl.stagemakelaar.student.Student;

/** A student proposed to (and perhaps placed at) an employer. */
@Entity
public class Placement extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(updatable = false)
    public Student student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(updatable = false)
    public Employer employer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(updatable = false)
    public InternshipPlace place;

    @Enumerated(EnumType.STRING)
    public PlacementType type;

    @Enumerated(EnumType.STRING)
    public PlacementStatus status;

    /** The short profile the employer will see, shared with the student's consent. */
    public String profile;

    /** Shared with the employer together with the profile (the student agreed to both). */
    public String strengths;

    public String supportToMention;

    public UUID cvAttachmentId;

    public boolean consentToShare;

    public LocalDate consentDate;

    public OffsetDateTime interviewAt;

    public LocalDate startDate;

    public LocalDate endDate;

    public String declineReason;

    @Enumerated(EnumType.STRING)
    public EndReason endReason;

    public String endNote;

    /** Who said an internship ended early: the student, the employer, the school, a parent, the broker. */
    @Enumerated(EnumType.STRING)
    public EndedBy endedBy;

    /** Why a proposal was withdrawn: the broker's word, the case closed, consent ended, placed elsewhere. */
    public String withdrawReason;

    /** Set when the student withdrew consent to share: the employer no longer sees the profile or CV. */
    public LocalDate consentWithdrawnOn;

    public Integer requiredHours;

    public int hoursDone;

    public OffsetDateTime hoursConfirmedAt;

    public String hoursConfirmedBy;

    public Integer evaluationRating;

    public String evaluation;

    public OffsetDateTime evaluatedAt;

    public String evaluatedBy;
}
