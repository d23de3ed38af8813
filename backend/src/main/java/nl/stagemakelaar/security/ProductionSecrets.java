package nl.stagemakelaar.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.stagemakelaar.common.AppConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start in production with the demo realm's secret for the backend's Keycloak service account: that
 * account manages users, and its development secret is public in this repository.
 */
@ApplicationScoped
public class ProductionSecrets {

    static final String DEV_SECRET = "backend-dev-secret";

    @ConfigProperty(name = "quarkus.keycloak.admin-client.client-secret") String backendSecret;
    @Inject AppConfig config;

    void check(@Observes StartupEvent start) {
        refuseDevelopmentSecrets(LaunchMode.current(), backendSecret, config.allowDevSecrets());
    }

    static void refuseDevelopmentSecrets(LaunchMode mode, String secret, boolean allowed) {
        if (mode == LaunchMode.NORMAL && !allowed && DEV_SECRET.equals(secret)) {
            throw new IllegalStateException("KEYCLOAK_BACKEND_SECRET is the demo realm's development secret: set the "
                    + "backend client's real secret (or ALLOW_DEV_SECRETS=true for a demo stack only)");
        }
    }
}
