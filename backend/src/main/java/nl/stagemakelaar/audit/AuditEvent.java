package nl.stagemakelaar.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One line of the audit trail. Writes are added by the database (trigger audit_row on every tenant table);
 * the application adds only reads of sensitive data. Append-only: the application's role may not change or
 * remove a line, and a trigger refuses it for everyone else.
 */
@Entity
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(updatable = false)
    public UUID organisationId;

    @Column(updatable = false)
    public String actor;

    @Column(updatable = false)
    public String actorRole;

    /** INSERT, UPDATE, DELETE (from the trigger) or READ. */
    @Column(updatable = false)
    public String action;

    @Column(updatable = false)
    public String entityType;

    @Column(updatable = false)
    public UUID entityId;

    @Column(updatable = false)
    public UUID studentId;

    /** Per field: {"old", "new"} where the value may be kept, empty where only the fact is. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public Map<String, Map<String, Object>> changes;

    @Column(updatable = false)
    public OffsetDateTime occurredAt;
}
