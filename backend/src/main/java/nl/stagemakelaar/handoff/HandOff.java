package nl.stagemakelaar.handoff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.stagemakelaar.common.TenantEntity;

/** A hand-off of the student to another service: to whom, when, why. Written once. */
@Entity
public class HandOff extends TenantEntity {

    @Column(updatable = false)
    public UUID studentId;

    @Enumerated(EnumType.STRING)
    public HandOffKind toKind;

    public String toName;

    public LocalDate handedOffOn;

    public String reason;

    public OffsetDateTime createdAt;

    public String createdBy;
}
