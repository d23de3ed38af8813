package nl.stagemakelaar.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.stagemakelaar.security.Caller;

/** Records who changed what, inside the caller's transaction so the change and its trace commit together. */
@ApplicationScoped
public class AuditLog {

    @Inject Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID organisationId, String action, String entityType, UUID entityId) {
        recordAs(organisationId, caller.username(), action, entityType, entityId);
    }

    /** For the few writes without a logged-in caller (an invited person setting their password). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(UUID organisationId, String actor, String action, String entityType, UUID entityId) {
        AuditEvent e = new AuditEvent();
        e.organisationId = organisationId;
        e.actor = actor;
        e.action = action;
        e.entityType = entityType;
        e.entityId = entityId;
        e.occurredAt = OffsetDateTime.now();
        e.persist();
    }
}
