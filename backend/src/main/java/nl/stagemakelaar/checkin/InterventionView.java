package nl.stagemakelaar.checkin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.stagemakelaar.common.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Intervention")
public record InterventionView(UUID id, UUID placementId, @Schema(nullable = true) UUID checkInId, String agreement,
        String withWhom, LocalDate dueOn, InterventionOutcome outcome, @Schema(nullable = true) String outcomeNote,
        int version, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy)
        implements Versioned.Addressable {

    static InterventionView of(Intervention i) {
        return new InterventionView(i.id, i.placementId, i.checkInId, i.agreement, i.withWhom, i.dueOn, i.outcome,
                i.outcomeNote, i.version, i.createdAt, i.createdBy, i.updatedAt, i.updatedBy);
    }

    /** What was agreed, with whom (a name and role: "vader, Ahmed"), and by when to look back on it. */
    @Schema(name = "InterventionInput")
    public record Input(@NotBlank @Size(max = 1000) String agreement, @NotBlank @Size(max = 200) String withWhom,
            @NotNull LocalDate dueOn) {
    }

    /** Whether it helped; OPEN is not an answer. */
    @Schema(name = "InterventionOutcomeInput")
    public record OutcomeInput(@NotNull InterventionOutcome outcome, @Size(max = 1000) String note) {
    }
}
