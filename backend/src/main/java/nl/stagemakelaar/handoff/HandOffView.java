package nl.stagemakelaar.handoff;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record HandOffView(UUID id, UUID studentId, HandOffKind toKind, String toName, LocalDate handedOffOn, String reason,
        OffsetDateTime createdAt, String createdBy) {

    public static HandOffView of(HandOff h) {
        return new HandOffView(h.id, h.studentId, h.toKind, h.toName, h.handedOffOn, h.reason, h.createdAt, h.createdBy);
    }
}
