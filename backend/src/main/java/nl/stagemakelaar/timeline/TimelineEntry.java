package nl.stagemakelaar.timeline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(name = "student_id")
    public UUID studentId;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    public TimelineKind kind;

    public String actor;

    /** Short, non-sensitive facts; a confidential contact's summary never lands here. */
    public String detail;

    public String reason;

    @Column(name = "ref_id")
    public UUID refId;
}
