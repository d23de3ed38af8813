package nl.stagemakelaar.timeline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
public class TimelineEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public UUID organisationId;

    public UUID studentId;

    public OffsetDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    public TimelineKind kind;

    public String actor;

    /** Short, non-sensitive facts; a confidential contact's summary never lands here. */
    public String detail;

    public String reason;

    public UUID refId;
}
