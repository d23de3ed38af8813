package nl.stagemakelaar.referral;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.stagemakelaar.student.Phase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A row of the inbox (brokers) or of "Mijn aanmeldingen" (mentors). */
public record ReferralSummary(
        UUID id,
        ReferralStatus status,
        String studentFirstName,
        String studentLastName,
        String schoolName,
        String organisationName,
        ReferralReason reason,
        @Schema(nullable = true) LocalDate internshipMustStartBy,
        int eligibilityFailures,
        @Schema(nullable = true) String decisionReason,
        @Schema(nullable = true) LocalDate reviewOn,
        @Schema(nullable = true) Phase studentPhase,
        OffsetDateTime submittedAt) {

    public static ReferralSummary of(Referral r) {
        return new ReferralSummary(r.id, r.status, r.studentFirstName, r.studentLastName, r.school.name,
                r.organisation.name, r.reason, r.internshipMustStartBy, r.eligibilityFailures, r.decisionReason,
                r.reviewOn, r.student == null ? null : r.student.phase, r.submittedAt);
    }
}
