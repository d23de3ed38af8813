package nl.stagemakelaar.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.stagemakelaar.common.TenantEntity;

/** One consent given, and when it ends, who recorded its withdrawal. Rows are never deleted by the desk. */
@Entity
public class Consent extends TenantEntity {

    @Column(updatable = false)
    public UUID studentId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public ConsentPurpose purpose;

    @Column(updatable = false)
    public UUID referralId;

    @Column(updatable = false)
    public UUID placementId;

    @Column(updatable = false)
    public boolean studentConsent;

    @Column(updatable = false)
    public boolean guardianConsent;

    @Column(updatable = false)
    public LocalDate givenOn;

    @Column(updatable = false)
    public OffsetDateTime recordedAt;

    @Column(updatable = false)
    public String recordedBy;

    public LocalDate withdrawnOn;

    public OffsetDateTime withdrawnAt;

    public String withdrawnBy;

    public String withdrawalNote;
}
