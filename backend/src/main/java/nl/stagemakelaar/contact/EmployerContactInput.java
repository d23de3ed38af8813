package nl.stagemakelaar.contact;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A contact or visit with an employer; {@code studentId} when it was about one student, else about the relation. */
public record EmployerContactInput(
        @PastOrPresent OffsetDateTime occurredAt,
        @NotNull ContactChannel channel,
        @NotNull @Min(0) @Max(1440) Integer minutes,
        @Size(max = 2000) String summary,
        Boolean confidential,
        LocalDate followUpOn,
        UUID studentId) {
}
