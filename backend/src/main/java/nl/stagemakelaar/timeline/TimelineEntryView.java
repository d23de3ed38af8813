package nl.stagemakelaar.timeline;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record TimelineEntryView(long id, OffsetDateTime occurredAt, TimelineKind kind, String actor,
        @Schema(nullable = true) String detail, @Schema(nullable = true) String reason,
        @Schema(nullable = true) UUID refId) {

    public static TimelineEntryView of(TimelineEntry e) {
        return new TimelineEntryView(e.id, e.occurredAt, e.kind, e.actor, e.detail, e.reason, e.refId);
    }
}
