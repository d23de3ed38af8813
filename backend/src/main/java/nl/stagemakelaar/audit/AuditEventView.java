package nl.stagemakelaar.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the trail as a lead reads it. */
public record AuditEventView(long id, OffsetDateTime occurredAt, String actor,
        @Schema(nullable = true, description = "lead, broker, mentor, employer or integration; empty for the system")
        String actorRole,
        @Schema(description = "INSERT, UPDATE, DELETE or READ") String action,
        @Schema(description = "The table the record lives in, e.g. student, placement, contact, intake") String entityType,
        @Schema(nullable = true) UUID entityId, @Schema(nullable = true) UUID studentId,
        @Schema(nullable = true) String studentName, List<FieldChange> changes) {

    /** A changed field; for text a person wrote, names and contact details only that it changed. */
    public record FieldChange(String field, boolean valueKept, @Schema(nullable = true) String oldValue,
            @Schema(nullable = true) String newValue) {
    }

    static AuditEventView of(AuditEvent e, String studentName) {
        List<FieldChange> changes = e.changes == null ? List.of() : e.changes.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(c -> new FieldChange(c.getKey(), !c.getValue().isEmpty(), text(c.getValue().get("old")),
                        text(c.getValue().get("new"))))
                .toList();
        return new AuditEventView(e.id, e.occurredAt, e.actor, e.actorRole, e.action, e.entityType, e.entityId,
                e.studentId, studentName, changes);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
