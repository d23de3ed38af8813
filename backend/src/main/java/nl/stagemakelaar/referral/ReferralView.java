package nl.stagemakelaar.referral;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.common.Versioned;
import nl.stagemakelaar.school.ProgrammeView;
import nl.stagemakelaar.school.SchoolView;
import nl.stagemakelaar.student.Phase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A referral as its referrer and the broker organisation see it: what was submitted, the checklist,
 * the decision and — once accepted — the student's phase. Never the broker's notes, needs or contacts.
 */
public record ReferralView(
        UUID id,
        ReferralStatus status,
        OrganisationRef organisation,
        SchoolView school,
        @Schema(nullable = true) ProgrammeView programme,
        StudentDetailsView student,
        ReferrerView referrer,
        Channel channel,
        ReferralReason reason,
        @Schema(nullable = true) String reasonOther,
        SearchDuration searchDuration,
        @Schema(nullable = true) Integer applicationsSent,
        @Schema(nullable = true) Integer companiesContacted,
        @Schema(nullable = true) String schoolActions,
        @Schema(nullable = true, description = "A student who signed up themselves: what they already tried, in their words") String studentTried,
        @Schema(nullable = true, description = "What the school's placement coordinator answered about what the student already tried") String schoolAnswer,
        @Schema(nullable = true) java.time.OffsetDateTime schoolAnswerAt,
        @Schema(nullable = true) String schoolAnswerBy,
        @Schema(nullable = true) LocalDate internshipMustStartBy,
        @Schema(nullable = true) Integer hoursBehind,
        ConsentView consent,
        List<EligibilityAnswerView> eligibility,
        int eligibilityFailures,
        @Schema(nullable = true) String decisionReason,
        @Schema(nullable = true) LocalDate reviewOn,
        @Schema(nullable = true) OffsetDateTime decidedAt,
        @Schema(nullable = true) String decidedBy,
        @Schema(nullable = true, description = "The name of whoever decided, as the referrer reads it") String decidedByName,
        @Schema(nullable = true) UUID studentId,
        @Schema(nullable = true) Phase studentPhase,
        @Schema(nullable = true, description = "Once placed: the employer's name") String placementEmployerName,
        @Schema(nullable = true, description = "Once placed: the internship's start date") LocalDate placementStartDate,
        @Schema(nullable = true, description = "Once the case closed: when and how, never why") nl.stagemakelaar.closure.ClosureView.Summary closure,
        OffsetDateTime submittedAt,
        String submittedBy,
        int version) implements Versioned.Addressable {

    public record OrganisationRef(UUID id, String name) {
    }

    public record StudentDetailsView(String firstName, String lastName, LocalDate dateOfBirth,
            @Schema(nullable = true) String email, @Schema(nullable = true) String phone) {
    }

    public record ReferrerView(ReferrerKind kind, String name, @Schema(nullable = true) String email,
            @Schema(nullable = true) String phone) {
    }

    public record ConsentView(boolean student, boolean guardian, LocalDate date) {
    }

    public record EligibilityAnswerView(UUID questionId, String text, boolean answer, boolean qualifies) {
    }
}
