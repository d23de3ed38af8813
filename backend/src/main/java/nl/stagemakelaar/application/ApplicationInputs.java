package nl.stagemakelaar.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ApplicationInputs {

    private ApplicationInputs() {
    }

    /** A vacancy sent, or an application the student made; a place in the network or a vacancy outside it. */
    @Schema(name = "ApplicationInput")
    public record Create(
            @NotNull ApplicationOrigin origin,
            @Schema(description = "A place in the network; then the employer and title come from it") UUID placeId,
            @Schema(description = "A vacancy outside the network: the company") @Size(max = 200) String employerName,
            @Schema(description = "A vacancy outside the network: what the job is") @Size(max = 200) String title,
            @Schema(description = "The vacancy's web address") @Size(max = 500) @Pattern(regexp = "https?://\\S+") String url,
            @Schema(description = "Required when the broker sends it; EMAIL sends the vacancy to the student's e-mail address")
            ApplicationChannel channel,
            @Schema(description = "When it was sent or applied; today when left out") @PastOrPresent LocalDate onDate,
            @Schema(description = "Left out: SENT for a vacancy sent, APPLIED for the student's own") ApplicationResult result,
            @Size(max = 500) String note) {
    }

    /** The result changes as the employer answers; the note with it. */
    @Schema(name = "ApplicationUpdate")
    public record Update(@NotNull ApplicationResult result, @Size(max = 500) String note) {
    }

    /** It led to an internship: recorded as one the student found themselves. */
    @Schema(name = "ApplicationHired")
    public record Hired(@NotNull LocalDate startDate, LocalDate endDate, @Min(0) @Max(2000) Integer requiredHours) {
    }
}
