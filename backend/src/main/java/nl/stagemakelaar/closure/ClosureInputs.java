package nl.stagemakelaar.closure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import nl.stagemakelaar.handoff.HandOffInput;
import nl.stagemakelaar.student.Phase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ClosureInputs {

    private ClosureInputs() {
    }

    /** The outcomes, why, and the hand-off if any: one recorded earlier (handOffId) or made now (handOff). */
    @Schema(name = "CaseClosureInput")
    public record Close(
            @NotNull PlacementOutcome placementOutcome,
            @Schema(description = "UNKNOWN when left out") EducationOutcome educationOutcome,
            @NotBlank @Size(max = 1000) String reason,
            @Schema(description = "A hand-off of this student recorded before") UUID handOffId,
            @Valid @Schema(description = "A hand-off made with the closing") HandOffInput handOff) {
    }

    /** Why the case opens again, and where it starts: intake unless said otherwise. */
    @Schema(name = "CaseReopeningInput")
    public record Reopen(@NotBlank @Size(max = 1000) String reason,
            @Schema(description = "INTAKE, PREPARATION or MATCHING; INTAKE when left out") Phase phase) {
    }
}
