package nl.stagemakelaar.invitation;

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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.stagemakelaar.employer.Employer;

/** A contact person of an employer invited to the employer portal; the account itself lives in Keycloak. */
@Entity
@Table(name = "employer_invitation")
public class EmployerInvitation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", updatable = false)
    public UUID organisationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employer_id", updatable = false)
    public Employer employer;

    public String email;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    @Column(name = "keycloak_user_id", updatable = false)
    public String keycloakUserId;

    /** SHA-256 of the link's token; null once the link was used. */
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Enumerated(EnumType.STRING)
    public InvitationStatus status;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Version
    public int version;

    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
