package nl.stagemakelaar.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import nl.stagemakelaar.common.AuditedEntity;
import nl.stagemakelaar.employer.Employer;

/** A contact person of an employer invited to the employer portal; the account itself lives in Keycloak. */
@Entity
public class EmployerInvitation extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(updatable = false)
    public Employer employer;

    public String email;

    public String firstName;

    public String lastName;

    @Column(updatable = false)
    public String keycloakUserId;

    /** SHA-256 of the link's token; null once the link was used. */
    public String tokenHash;

    public OffsetDateTime expiresAt;

    @Enumerated(EnumType.STRING)
    public InvitationStatus status;

    public OffsetDateTime acceptedAt;

    public OffsetDateTime revokedAt;

    public String revokedBy;
}
