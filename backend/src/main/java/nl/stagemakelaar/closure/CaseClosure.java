package nl.stagemakelaar.closure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.stagemakelaar.common.TenantEntity;

/** One closing of a case with its outcomes. Reopening fills the reopen columns; the row stays as history. */
@Entity
public class CaseClosure extends TenantEntity {

    @Column(updatable = false)
    public UUID studentId;

    @Column(updatable = false)
    public OffsetDateTime closedAt;

    @Column(updatable = false)
    public String closedBy;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public PlacementOutcome placementOutcome;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public EducationOutcome educationOutcome;

    @Column(updatable = false)
    public UUID handOffId;

    @Column(updatable = false)
    public String reason;

    public OffsetDateTime reopenedAt;

    public String reopenedBy;

    public String reopenReason;
}
