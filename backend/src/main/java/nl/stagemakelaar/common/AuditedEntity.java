package nl.stagemakelaar.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * A tenant record that people edit: its version is the ETag, and it says who made and last changed it.
 * Services call {@link #created} once and {@link #touch} on every change (which also moves the version
 * when only a child collection changed).
 */
@MappedSuperclass
public abstract class AuditedEntity extends TenantEntity {

    @Version
    public int version;

    @Column(updatable = false)
    public OffsetDateTime createdAt;

    @Column(updatable = false)
    public String createdBy;

    public OffsetDateTime updatedAt;

    public String updatedBy;

    public void created(String who) {
        createdAt = OffsetDateTime.now();
        createdBy = who;
        updatedAt = createdAt;
        updatedBy = who;
    }

    public void touch(String who) {
        updatedAt = OffsetDateTime.now();
        updatedBy = who;
    }
}
