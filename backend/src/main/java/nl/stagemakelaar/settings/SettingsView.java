package nl.stagemakelaar.settings;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.common.Versioned;
import nl.stagemakelaar.organisation.GuidanceIntensity;
import nl.stagemakelaar.organisation.OrganisationKind;
import nl.stagemakelaar.school.SchoolView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The organisation's settings as brokers and leads read them; only leads change them. */
@Schema(name = "OrganisationSettings")
public record SettingsView(
        UUID organisationId,
        String name,
        OrganisationKind kind,
        GuidanceIntensity defaultGuidanceIntensity,
        int noContactDays,
        @Schema(nullable = true) Integer followUpDays,
        Cadence cadence,
        @Schema(description = "Failed attempts in a row to reach a student before the case is out of contact") int outOfContactAttempts,
        @Schema(nullable = true, description = "Cost of a broker's hour in euros") java.math.BigDecimal hourlyCost,
        @Schema(description = "Months after closing before a case is anonymised automatically") int retentionMonths,
        List<SchoolView> schools,
        @Schema(description = "Every school a desk can serve, to choose from") List<SchoolView> schoolOptions,
        List<StaffCapacity> staff,
        List<QuestionView> checklist,
        @Schema(description = "Students may sign up themselves on the public page /aanmelden/{organisationId}") boolean selfSignUp,
        @Schema(nullable = true, description = "What the public page tells a student who does not qualify") String notEligibleText,
        int version) implements Versioned {

    /** Days between check-ins on a running internship, per guidance intensity. */
    @Schema(name = "Cadence")
    public record Cadence(int intensiveEmployerDays, int intensiveStudentDays, int placementOnlyFirstDays,
            int placementOnlyEndDays) {
    }

    public record StaffCapacity(String username, String name, String role, @Schema(nullable = true) Integer hoursPerWeek,
            @Schema(nullable = true) Integer maxActiveCases) {
    }

    /** A checklist question; ETag-like {@code version} for its own edits. */
    public record QuestionView(UUID id, int position, String text, @Schema(nullable = true) String studentText,
            boolean qualifyingAnswer, boolean active, int version) {
    }

    @Schema(name = "SettingChange")
    public record Change(long id, OffsetDateTime changedAt, String changedBy, @Schema(nullable = true) String changedByName,
            String setting, @Schema(nullable = true) String oldValue, @Schema(nullable = true) String newValue) {
    }
}
