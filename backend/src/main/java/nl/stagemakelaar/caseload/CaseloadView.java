package nl.stagemakelaar.caseload;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.checkin.CheckInSignal;
import nl.stagemakelaar.referral.ReferralCounts;
import nl.stagemakelaar.student.Phase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The broker's day: their students per phase, open referrals, follow-ups due, quiet students, and
 * internships about to start without a place. For a lead the same over the whole organisation, plus
 * each broker's load against the organisation's capacity.
 */
public record CaseloadView(
        String scope,
        List<PhaseCount> phases,
        ReferralCounts openReferrals,
        List<FollowUp> followUps,
        @Schema(description = "Students without contact for this many days are quiet") int quietDays,
        List<QuietStudent> quietStudents,
        List<StartingSoon> startingSoon,
        List<Signal> signals,
        @Schema(description = "Check-ins due today or overdue on running internships, by the guidance intensity's cadence")
        List<CheckInDue> checkInsDue,
        @Schema(description = "Agreed or running internships whose latest check-in is a concern or a risk")
        List<AtRisk> atRisk,
        @Schema(description = "Agreements on a placement whose date has come, not yet looked back on")
        List<AgreementDue> agreementsDue,
        @Schema(description = "Students whose internship ended: the broker chooses the next step or closes the case")
        List<NextStep> nextSteps,
        @Schema(description = "Students marked out of contact after the organisation's number of failed attempts")
        List<OutOfContact> outOfContact,
        @Schema(description = "Internships that ended in the last 180 days whose student has not answered the \"after\" self-assessment")
        List<SurveyMissing> surveysMissing,
        @Schema(description = "Employers whose SBB recognition was checked more than a year ago, or never while a status is recorded (a broker: the relations they own)")
        List<SbbCheckDue> sbbChecksDue,
        @Schema(nullable = true) Integer capacityHoursPerWeek,
        @Schema(nullable = true, description = "Room for new cases: each broker's maximum minus their active cases, summed")
        Long freeCases,
        List<BrokerLoad> brokers) {

    public record PhaseCount(Phase phase, long count) {
    }

    /** A follow-up due about a student, or (studentId null) with an employer; {@code studentName} is then the employer's. */
    public record FollowUp(UUID contactId, @Schema(nullable = true) UUID studentId, @Schema(nullable = true) UUID employerId,
            String studentName, LocalDate followUpOn, boolean overdue, String author) {
    }

    public record SbbCheckDue(UUID employerId, String employerName, nl.stagemakelaar.employer.SbbStatus sbbStatus,
            @Schema(nullable = true) LocalDate checkedOn) {
    }

    public record QuietStudent(UUID studentId, String studentName, Phase phase,
            @Schema(nullable = true) OffsetDateTime lastContactAt) {
    }

    public record StartingSoon(UUID studentId, String studentName, Phase phase, LocalDate internshipStartBy) {
    }

    /** An employer's check-in with a concern or dropout risk that no broker has acknowledged yet. */
    public record Signal(UUID checkInId, UUID placementId, UUID studentId, String studentName, String employerName,
            CheckInSignal signal, @Schema(nullable = true) String note, String reportedBy, OffsetDateTime reportedAt) {
    }

    /**
     * A check-in due: {@code party} is EMPLOYER or STUDENT (intensive guidance), START (placement-only, first days)
     * or END (placement-only, before the planned end).
     */
    public record CheckInDue(UUID placementId, UUID studentId, String studentName, String employerName, String party,
            LocalDate dueOn, boolean overdue) {
    }

    public record AtRisk(UUID placementId, UUID studentId, String studentName, String employerName, CheckInSignal signal,
            @Schema(nullable = true) String note, String party, OffsetDateTime reportedAt, long contactsSince) {
    }

    public record AgreementDue(UUID interventionId, UUID placementId, UUID studentId, String studentName, String withWhom,
            String agreement, LocalDate dueOn, int version) {
    }

    public record NextStep(UUID studentId, String studentName, @Schema(nullable = true) UUID placementId,
            @Schema(nullable = true) String employerName, @Schema(nullable = true) String placementStatus,
            @Schema(nullable = true) LocalDate endDate) {
    }

    public record OutOfContact(UUID studentId, String studentName, Phase phase, LocalDate since,
            @Schema(nullable = true) OffsetDateTime lastAttemptAt) {
    }

    public record SurveyMissing(UUID studentId, String studentName, LocalDate endedOn,
            @Schema(nullable = true) OffsetDateTime linkSentAt) {
    }

    public record BrokerLoad(String username, String name, long activeCases, long minutesLast30Days,
            @Schema(nullable = true) Integer hoursPerWeek, @Schema(nullable = true) Integer maxActiveCases) {
    }
}
