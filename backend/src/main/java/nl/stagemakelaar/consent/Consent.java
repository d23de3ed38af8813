package nl.stagemakelaar.consent;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One consent given, and when it ends, who recorded its withdrawal. Rows are never deleted by the desk. */
@Entity
@Table(name = "consent")
public class Consent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", updatable = false)
    public UUID organisationId;

    @Column(name = "student_id", updatable = false)
    public UUID studentId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public ConsentPurpose purpose;

    @Column(name = "referral_id", updatable = false)
    public UUID referralId;

    @Column(name = "placement_id", updatable = false)
    public UUID placementId;

    @Column(name = "student_consent", updatable = false)
    public boolean studentConsent;

    @Column(name = "guardian_consent", updatable = false)
    public boolean guardianConsent;

    @Column(name = "given_on", updatable = false)
    public LocalDate givenOn;

    @Column(name = "recorded_at", updatable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", updatable = false)
    public String recordedBy;

    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawal_note")
    public String withdrawalNote;
}
