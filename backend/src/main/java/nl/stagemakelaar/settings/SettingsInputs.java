package nl.stagemakelaar.settings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.organisation.GuidanceIntensity;
import nl.stagemakelaar.organisation.OrganisationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a lead sends to change the organisation's settings. */
public final class SettingsInputs {

    private SettingsInputs() {
    }

    @Schema(name = "OrganisationSettingsInput")
    public record Organisation(
            @NotNull OrganisationKind kind,
            @NotNull GuidanceIntensity defaultGuidanceIntensity,
            @NotNull @Min(1) @Max(365) Integer noContactDays,
            @Schema(description = "Suggest a follow-up this many days after a contact; none when empty") @Min(1) @Max(365)
            Integer followUpDays,
            @Schema(description = "Days between check-ins; unchanged when left out") @Valid CadenceInput cadence,
            @Schema(description = "Failed attempts in a row to reach a student before the case is out of contact; unchanged when left out")
            @Min(1) @Max(10) Integer outOfContactAttempts,
            @Schema(description = "Cost of a broker's hour in euros, for the cost per outcome; unchanged when left out")
            @jakarta.validation.constraints.DecimalMin("0") @jakarta.validation.constraints.DecimalMax("10000")
            @jakarta.validation.constraints.Digits(integer = 5, fraction = 2) java.math.BigDecimal hourlyCost,
            @Schema(description = "Months after closing before a case is anonymised automatically; unchanged when left out")
            @Min(1) @Max(120) Integer retentionMonths) {
    }

    @Schema(name = "SignUpSettingsInput")
    public record SignUp(
            @Schema(description = "Open the public sign-up page") @NotNull Boolean open,
            @Schema(description = "For a student who does not qualify: where else to go (plain language)") @Size(max = 1000)
            String notEligibleText) {
    }

    @Schema(name = "CadenceInput")
    public record CadenceInput(@NotNull @Min(1) @Max(90) Integer intensiveEmployerDays,
            @NotNull @Min(1) @Max(90) Integer intensiveStudentDays, @NotNull @Min(1) @Max(90) Integer placementOnlyFirstDays,
            @NotNull @Min(1) @Max(90) Integer placementOnlyEndDays) {
    }

    @Schema(name = "ServedSchoolsInput")
    public record Schools(@NotNull @Size(min = 1, max = 100) List<@NotNull UUID> schoolIds) {
    }

    @Schema(name = "CapacityInput")
    public record Capacity(@Min(0) @Max(80) Integer hoursPerWeek, @Min(0) @Max(1000) Integer maxActiveCases) {
    }

    @Schema(name = "QuestionInput")
    public record Question(@NotBlank @Size(max = 300) String text,
            @Schema(description = "The question as a student reads it on the public sign-up page (B1); left out: the text")
            @Size(max = 300) String studentText,
            @NotNull Boolean qualifyingAnswer, Boolean active) {
    }

    @Schema(name = "QuestionOrderInput")
    public record Order(@NotNull @Size(min = 1, max = 50) List<@NotNull UUID> ids) {
    }
}
