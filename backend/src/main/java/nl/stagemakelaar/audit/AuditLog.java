package nl.stagemakelaar.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.stagemakelaar.security.Caller;

/**
 * Records who read sensitive data: an intake, confidential contact summaries, a file, a candidate's profile.
 * Changes need no call here: the database writes them to the same trail (V17, audit_row).
 */
@ApplicationScoped
public class AuditLog {

    @Inject Caller caller;

    @Transactional
    public void read(UUID organisationId, String entityType, UUID entityId, UUID studentId) {
        AuditEvent e = new AuditEvent();
        e.organisationId = organisationId;
        e.actor = caller.username();
        e.actorRole = caller.mainRole();
        e.action = "READ";
        e.entityType = entityType;
        e.entityId = entityId;
        e.studentId = studentId;
        e.occurredAt = OffsetDateTime.now();
        e.persist();
    }
}
