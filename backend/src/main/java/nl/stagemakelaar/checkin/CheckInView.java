package nl.stagemakelaar.checkin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CheckIn")
public record CheckInView(UUID id, UUID placementId, CheckInParty party, CheckInChannel channel, CheckInSignal signal,
        @Schema(nullable = true) String note,
        String reportedBy, OffsetDateTime reportedAt, @Schema(nullable = true) OffsetDateTime acknowledgedAt,
        @Schema(nullable = true) String acknowledgedBy) {

    public static CheckInView of(CheckIn c) {
        return new CheckInView(c.id, c.placement.id, c.party, c.channel, c.signal, c.note, c.reportedBy, c.reportedAt, c.acknowledgedAt,
                c.acknowledgedBy);
    }

    @Schema(name = "CheckInInput")
    public record Input(@NotNull CheckInSignal signal, @Size(max = 1000) String note) {
    }

    /** A broker's check-in: with whom, how, the signal and a note. */
    @Schema(name = "BrokerCheckInInput")
    public record BrokerInput(@NotNull CheckInParty party, @NotNull CheckInChannel channel, @NotNull CheckInSignal signal,
            @Size(max = 1000) String note,
            @Valid @Schema(description = "An agreement made during this check-in, recorded as an intervention") InterventionView.Input agreement) {
    }
}
