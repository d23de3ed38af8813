package nl.stagemakelaar.invitation;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Employer accounts in Keycloak, through the admin API with the backend's service account (manage-users,
 * view-users, query-users, view-realm, and view-clients/query-clients for integration/IntegrationClients). The scope (employer_id) is an admin-only attribute,
 * so the person cannot change which employer they speak for.
 */
@ApplicationScoped
public class KeycloakUsers {

    @Inject Keycloak keycloak;

    @ConfigProperty(name = "quarkus.keycloak.admin-client.realm")
    String realmName;

    /** A user with the employer role and scope who cannot log in before setting a password. */
    public String createEmployerUser(String email, String firstName, String lastName, UUID employerId) {
        UserRepresentation u = new UserRepresentation();
        u.setUsername(email);
        u.setEmail(email);
        u.setFirstName(firstName);
        u.setLastName(lastName);
        u.setEnabled(true);
        u.setEmailVerified(false);
        u.setAttributes(Map.of("employer_id", List.of(employerId.toString())));
        u.setRequiredActions(List.of("UPDATE_PASSWORD"));
        String id;
        try (Response r = realm().users().create(u)) {
            if (r.getStatus() == 409) {
                // The same answer whoever holds the address (another organisation, a colleague, a school): it must
                // not tell one organisation who another one works with.
                throw ApiException.conflict("email", "Unavailable", InvitationService.UNAVAILABLE);
            }
            id = CreatedResponseUtil.getCreatedId(r);
        }
        Log.infof("keycloak: created employer user %s for employer %s", id, employerId);
        try {
            realm().users().get(id).roles().realmLevel()
                    .add(List.of(realm().roles().get(Roles.EMPLOYER).toRepresentation()));
        } catch (RuntimeException e) {
            // Without the role the account is useless; do not leave a half-made user behind.
            Log.errorf(e, "keycloak: could not give user %s the employer role; removing the user", id);
            remove(id);
            throw e;
        }
        return id;
    }

    /** The invited person chose a password: it becomes their only credential, and the e-mail counts as verified. */
    public void activate(String userId, String password) {
        UserResource user = realm().users().get(userId);
        CredentialRepresentation c = new CredentialRepresentation();
        c.setType(CredentialRepresentation.PASSWORD);
        c.setValue(password);
        c.setTemporary(false);
        try {
            user.resetPassword(c);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400) {
                throw ApiException.invalidField("password", "Policy", "this password does not meet the password rules");
            }
            throw e;
        }
        UserRepresentation rep = user.toRepresentation();
        rep.setRequiredActions(List.of());
        rep.setEmailVerified(true);
        user.update(rep);
        Log.infof("keycloak: user %s set a password and is active", userId);
    }

    /** Disables the account and ends its sessions; refresh tokens stop working at once. */
    public void disable(String userId) {
        UserResource user = realm().users().get(userId);
        UserRepresentation rep = user.toRepresentation();
        rep.setEnabled(false);
        user.update(rep);
        user.logout();
        Log.infof("keycloak: user %s disabled and logged out", userId);
    }

    public void remove(String userId) {
        try (Response r = realm().users().delete(userId)) {
            // best effort clean-up
            Log.infof("keycloak: removed user %s (%d)", userId, r.getStatus());
        }
    }

    private RealmResource realm() {
        return keycloak.realm(realmName);
    }
}
