package nl.stagemakelaar.handoff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record HandOffInput(
        @NotNull HandOffKind toKind,
        @NotBlank @Size(max = 200) @Schema(description = "The service or person, e.g. \"Wijkteam Noord, J. de Vries\"") String toName,
        @PastOrPresent @Schema(description = "Today when left out") LocalDate handedOffOn,
        @NotBlank @Size(max = 1000) String reason) {
}
