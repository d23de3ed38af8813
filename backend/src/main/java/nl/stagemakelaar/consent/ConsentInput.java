package nl.stagemakelaar.consent;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The student agreed on this date; under 16 a parent or guardian agreed as well. */
@Schema(name = "ConsentInput")
public record ConsentInput(
        @NotNull @AssertTrue(message = "the student must consent") Boolean student,
        Boolean guardian,
        @NotNull @PastOrPresent LocalDate date) {
}
