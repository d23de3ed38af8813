package nl.stagemakelaar.checkin;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.stagemakelaar.placement.Placement;

/** A short report on a running internship; concerns stay on the broker's dashboard until acknowledged. */
@Entity
@Table(name = "check_in")
public class CheckIn extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", updatable = false)
    public UUID organisationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "placement_id", updatable = false)
    public Placement placement;

    /** Who reported; only the employer for now (broker and student check-ins are on the roadmap). */
    @Column(updatable = false)
    public String party = "EMPLOYER";

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public CheckInSignal signal;

    @Column(updatable = false)
    public String note;

    @Column(name = "reported_by", updatable = false)
    public String reportedBy;

    @Column(name = "reported_at", updatable = false)
    public OffsetDateTime reportedAt;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;
}
