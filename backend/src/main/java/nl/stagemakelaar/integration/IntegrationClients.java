package nl.stagemakelaar.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.stagemakelaar.security.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;

/**
 * The organisation's connected systems as Keycloak knows them: confidential clients with a service account whose
 * {@code organisation_id} attribute is the organisation's (the backend's service account may view clients, nothing
 * more). Secrets never leave Keycloak.
 */
@ApplicationScoped
public class IntegrationClients {

    @Inject Keycloak keycloak;
    @Inject Caller caller;

    @ConfigProperty(name = "quarkus.keycloak.admin-client.realm")
    String realmName;

    @Schema(name = "IntegrationClient")
    public record Client(String clientId, @Schema(nullable = true) String name, boolean enabled) {
    }

    public List<Client> list() {
        String org = caller.organisationId().toString();
        return keycloak.realm(realmName).clients().findAll().stream()
                .filter(c -> Boolean.TRUE.equals(c.isServiceAccountsEnabled()) && !Boolean.TRUE.equals(c.isPublicClient()))
                .filter(c -> org.equals(attributes(c).get("organisation_id")))
                .map(c -> new Client(c.getClientId(), c.getName(), Boolean.TRUE.equals(c.isEnabled())))
                .sorted(Comparator.comparing(Client::clientId)).toList();
    }

    private static Map<String, String> attributes(ClientRepresentation c) {
        return c.getAttributes() == null ? Map.of() : c.getAttributes();
    }
}
