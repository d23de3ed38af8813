package nl.stagemakelaar.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import nl.stagemakelaar.common.TenantEntity;
import nl.stagemakelaar.placement.Placement;

/** A short report on a running internship; concerns stay on the broker's dashboard until acknowledged. */
@Entity
public class CheckIn extends TenantEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(updatable = false)
    public Placement placement;

    /** With whom: the employer's portal reports are EMPLOYER; a broker checks in with any party. */
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public CheckInParty party = CheckInParty.EMPLOYER;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public CheckInChannel channel = CheckInChannel.PORTAL;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public CheckInSignal signal;

    @Column(updatable = false)
    public String note;

    @Column(updatable = false)
    public String reportedBy;

    @Column(updatable = false)
    public OffsetDateTime reportedAt;

    public OffsetDateTime acknowledgedAt;

    public String acknowledgedBy;
}
