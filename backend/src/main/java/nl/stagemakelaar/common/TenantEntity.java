package nl.stagemakelaar.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/** A record that belongs to one broker organisation: every query on it is scoped by {@link #organisationId}. */
@MappedSuperclass
public abstract class TenantEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public UUID organisationId;
}
