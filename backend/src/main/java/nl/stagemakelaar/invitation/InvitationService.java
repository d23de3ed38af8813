package nl.stagemakelaar.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.AppConfig;
import nl.stagemakelaar.employer.Employer;
import nl.stagemakelaar.employer.EmployerRepository;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.security.LinkTokens;
import nl.stagemakelaar.security.TenantScope;

/**
 * Invites an employer's contact person: a Keycloak account with role employer and the employer's id,
 * unusable until the person sets a password through the e-mailed link. Revoking disables the account.
 */
@ApplicationScoped
public class InvitationService {

    static final String UNAVAILABLE = "this e-mail address cannot be invited: ask the contact person for another address";

    @Inject TenantScope tenantScope;
    @Inject EmployerRepository employers;
    @Inject KeycloakUsers keycloak;
    @Inject InvitationMail mail;
    @Inject Caller caller;

    @Inject AppConfig config;

    @Transactional
    public List<InvitationView> list(UUID employerId) {
        Employer e = employer(employerId);
        return EmployerInvitation.<EmployerInvitation>list("employer = ?1 order by createdAt desc", e).stream()
                .map(i -> InvitationView.of(i, null)).toList();
    }

    @Transactional
    public InvitationView invite(UUID employerId, InvitationInput in) {
        Employer e = employer(employerId);
        String email = in.email().trim().toLowerCase(Locale.ROOT);
        // Row-level security limits this to the caller's organisation, which may know its own invitations;
        // an address used anywhere else ends in Keycloak's refusal and the same neutral answer.
        if (EmployerInvitation.count("email = ?1 and status <> ?2", email, InvitationStatus.REVOKED) > 0) {
            throw ApiException.conflict("email", "Invited", "your organisation has already invited this e-mail address");
        }
        // Inviting someone again after a revocation: their old, disabled account makes way for a fresh one.
        EmployerInvitation.<EmployerInvitation>list("email = ?1 and status = ?2 and organisationId = ?3", email,
                InvitationStatus.REVOKED, e.organisationId).forEach(old -> keycloak.remove(old.keycloakUserId));
        String userId = keycloak.createEmployerUser(email, in.firstName().trim(), in.lastName().trim(), e.id);
        try {
            EmployerInvitation i = new EmployerInvitation();
            i.id = UUID.randomUUID();
            i.organisationId = e.organisationId;
            i.employer = e;
            i.email = email;
            i.firstName = in.firstName().trim();
            i.lastName = in.lastName().trim();
            i.keycloakUserId = userId;
            i.status = InvitationStatus.INVITED;
            i.created(caller.username());
            String link = newLink(i);
            i.persist();
            EmployerInvitation.flush();
            mail.send(i, link, caller.displayName());
            return InvitationView.of(i, config.invitations().showLink() ? link : null);
        } catch (RuntimeException ex) {
            keycloak.remove(userId);
            throw ex;
        }
    }

    /** A fresh link (the old one stops working), for an invitation that expired or got lost. */
    @Transactional
    public InvitationView resend(UUID employerId, UUID id) {
        EmployerInvitation i = load(employerId, id);
        if (i.status != InvitationStatus.INVITED) {
            throw new ApiException(409, "invitation-not-open", "Only an open invitation can be sent again", List.of());
        }
        String link = newLink(i);
        EmployerInvitation.flush();
        mail.send(i, link, caller.displayName());
        return InvitationView.of(i, config.invitations().showLink() ? link : null);
    }

    @Transactional
    public InvitationView revoke(UUID employerId, UUID id) {
        EmployerInvitation i = load(employerId, id);
        if (i.status == InvitationStatus.REVOKED) {
            return InvitationView.of(i, null);
        }
        i.status = InvitationStatus.REVOKED;
        i.tokenHash = null;
        i.revokedAt = OffsetDateTime.now();
        i.revokedBy = caller.username();
        i.touch(caller.username());
        EmployerInvitation.flush();
        keycloak.disable(i.keycloakUserId);
        return InvitationView.of(i, null);
    }

    /** Unknown, used, revoked and expired links all answer 404 alike: the page says "ask for a new one". */
    @Transactional
    public InvitationPreview preview(String token) {
        EmployerInvitation i = byToken(token, false);
        return new InvitationPreview(i.firstName, i.email, i.employer.name, i.expiresAt);
    }

    @Transactional
    public void accept(String token, String password) {
        EmployerInvitation i = byToken(token, true);
        i.status = InvitationStatus.ACTIVE;
        i.tokenHash = null;
        i.acceptedAt = OffsetDateTime.now();
        i.touch(i.email);
        // The rows first: whatever the database refuses must not leave a Keycloak password behind.
        EmployerInvitation.flush();
        keycloak.activate(i.keycloakUserId, password);
    }

    /** True when the token's user was invited and later revoked (checked on every portal request). */
    public boolean isRevoked(String keycloakUserId) {
        return keycloakUserId != null
                && EmployerInvitation.count("keycloakUserId = ?1 and status = ?2", keycloakUserId, InvitationStatus.REVOKED) > 0;
    }

    private EmployerInvitation byToken(String token, boolean lock) {
        if (token == null || token.length() > 100) {
            throw ApiException.notFound("Invitation");
        }
        tenantScope.lookUpLink();
        var query = EmployerInvitation.<EmployerInvitation>find("tokenHash = ?1 and status = ?2", LinkTokens.hash(token),
                InvitationStatus.INVITED);
        if (lock) {
            query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        EmployerInvitation found = query.firstResultOptional().filter(i -> i.expiresAt.isAfter(OffsetDateTime.now()))
                .orElseThrow(() -> ApiException.notFound("Invitation"));
        tenantScope.narrowToLink(found.organisationId, found.email);
        return found;
    }

    private String newLink(EmployerInvitation i) {
        String token = LinkTokens.newToken();
        i.tokenHash = LinkTokens.hash(token);
        i.expiresAt = OffsetDateTime.now().plusDays(config.invitations().validDays());
        i.touch(caller.username());
        return config.invitations().appUrl().replaceAll("/+$", "") + "/invitation#" + token;
    }

    private EmployerInvitation load(UUID employerId, UUID id) {
        Employer e = employer(employerId);
        return EmployerInvitation.<EmployerInvitation>find("id = ?1 and employer = ?2", id, e)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Invitation"));
    }

    private Employer employer(UUID id) {
        return employers.findInOrganisation(caller.organisationId(), id)
                .orElseThrow(() -> ApiException.notFound("Employer"));
    }
}
