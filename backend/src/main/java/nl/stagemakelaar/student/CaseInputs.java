package nl.stagemakelaar.student;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.stagemakelaar.organisation.GuidanceIntensity;

/** Bodies of the case-file actions on a student. */
public final class CaseInputs {

    private CaseInputs() {
    }

    public record PhaseChange(@NotNull Phase phase, @Size(max = 1000) String reason) {
    }

    public record IntensityChange(@NotNull GuidanceIntensity guidanceIntensity, @NotBlank @Size(max = 1000) String reason) {
    }

    public record Assignment(@NotBlank @Size(max = 100) String broker) {
    }

    /** The date the student said so, and a note for the file. */
    public record ConsentWithdrawal(@NotNull @PastOrPresent LocalDate withdrawnOn, @Size(max = 1000) String note) {
    }
}
