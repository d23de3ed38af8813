package nl.stagemakelaar.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling and what they may see, read only from the verified token's claims — never from the
 * request body. Every repository query takes its scope from here.
 */
@RequestScoped
public class Caller {

    @Inject JsonWebToken jwt;
    @Inject SecurityIdentity identity;

    public String username() {
        String name = jwt.getClaim("preferred_username");
        return name != null ? name : jwt.getSubject();
    }

    /** Keycloak's user id (sub), stable when the username or e-mail changes. */
    public String subject() {
        return jwt.getSubject();
    }

    public String email() {
        return jwt.getClaim("email");
    }

    public String displayName() {
        String name = jwt.getClaim("name");
        return name != null ? name : username();
    }

    /** Realm roles as Quarkus OIDC maps them from realm_access/roles (jwt.getGroups() reads another claim). */
    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    /** A request without a token: only the public link pages make those. */
    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** The role the audit trail names for this caller: the widest one it holds. */
    public String mainRole() {
        return java.util.stream.Stream.of(Roles.LEAD, Roles.BROKER, Roles.MENTOR, Roles.EMPLOYER, Roles.INTEGRATION)
                .filter(this::hasRole).findFirst().orElse(null);
    }

    public Optional<UUID> organisationIdIfAny() {
        return uuidClaim("organisation_id");
    }

    public Optional<UUID> schoolIdIfAny() {
        return uuidClaim("school_id");
    }

    public Optional<UUID> employerIdIfAny() {
        return uuidClaim("employer_id");
    }

    /** The broker organisation whose records the caller works on; 403 when the token carries none. */
    public UUID organisationId() {
        return organisationIdIfAny()
                .orElseThrow(() -> ApiException.forbidden("Your account is not linked to an organisation"));
    }

    private Optional<UUID> uuidClaim(String name) {
        Object value = jwt.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.toString().replace("\"", "").trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
