package nl.stagemakelaar.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.UUID;
import nl.stagemakelaar.common.AuditedEntity;

/**
 * What was agreed on a placement at risk, with whom and by when, and afterwards whether it helped (the report's
 * father who agrees to be the "extra alarm clock").
 */
@Entity
public class Intervention extends AuditedEntity {

    @Column(updatable = false)
    public UUID placementId;

    /** The check-in during which it was agreed, if any. */
    @Column(updatable = false)
    public UUID checkInId;

    public String agreement;

    public String withWhom;

    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public InterventionOutcome outcome = InterventionOutcome.OPEN;

    public String outcomeNote;
}
