package nl.stagemakelaar.intake;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The intake as the broker fills it in; every field is optional, the intake grows over conversations. */
public record IntakeInput(
        @Size(max = 2000) String alreadyDone,
        @Size(max = 11) Set<Need> needs,
        @Size(max = 2000) String needsNote,
        @Size(max = 2000) String strengths,
        @Size(max = 500) String preferredSectors,
        @Size(max = 1000) String preferredWork,
        @Size(max = 100) String homeCity,
        @Schema(description = "Towns the student can travel to; matching counts them like the home town")
        @Size(max = 15) List<@NotBlank @Size(max = 60) @Pattern(regexp = "[^,]*", message = "a town name has no comma") String> reachTowns,
        @Min(0) @Max(300) Integer maxTravelMinutes,
        @Size(max = 1000) String availability,
        @FutureOrPresent LocalDate internshipStartBy,
        @Min(0) @Max(2000) Integer requiredHours) {
}
