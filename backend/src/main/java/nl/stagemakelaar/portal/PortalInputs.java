package nl.stagemakelaar.portal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.stagemakelaar.place.PlaceStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class PortalInputs {

    private PortalInputs() {
    }

    /** The employer accepts a candidate and says when the internship starts. */
    @Schema(name = "PortalAccept")
    public record Accept(@NotNull LocalDate startDate) {
    }

    @Schema(name = "PortalHours")
    public record Hours(@NotNull @Min(0) @Max(5000) Integer hoursDone) {
    }

    @Schema(name = "PortalEvaluation")
    public record Evaluation(@NotNull @Min(1) @Max(5) Integer rating, @NotBlank @Size(max = 2000) String text) {
    }

    /** A place as the employer enters it; the source is always the employer portal. */
    @Schema(name = "PortalPlaceInput")
    public record Place(
            @NotBlank @Size(max = 200) String title,
            java.util.UUID programmeId,
            @Size(max = 100) String sector,
            @Min(1) @Max(4) Integer levelMin,
            @Min(1) @Max(4) Integer levelMax,
            @Min(1) @Max(100) Integer places,
            LocalDate startDate,
            @Min(1) @Max(60) Integer hoursPerWeek,
            @Size(max = 100) String city,
            PlaceStatus status,
            @Schema(description = "You ask the student for a certificate of conduct (VOG). Left out: unchanged") Boolean certificateOfConductRequired) {
    }
}
