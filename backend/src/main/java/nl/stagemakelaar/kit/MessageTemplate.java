package nl.stagemakelaar.kit;

import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import nl.stagemakelaar.common.TenantEntity;

/** A text the organisation sends students again and again, with placeholders filled in per student. */
@Entity
public class MessageTemplate extends TenantEntity {

    public String name;

    public String body;

    @Version
    public int version;

    public OffsetDateTime updatedAt;

    public String updatedBy;
}
