package nl.stagemakelaar.contact;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A contact as logged from a phone: channel, party and minutes are the few taps; the rest is optional. */
public record ContactInput(
        @PastOrPresent OffsetDateTime occurredAt,
        @NotNull ContactChannel channel,
        @NotNull ContactParty party,
        @NotNull @Min(0) @Max(1440) Integer minutes,
        @Size(max = 2000) String summary,
        Boolean confidential,
        LocalDate followUpOn,
        java.util.UUID employerId,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "REACHED when left out; NOT_REACHED"
                + " (no answer) and NO_SHOW (missed appointment) count as failed attempts") ContactOutcome outcome) {
}
