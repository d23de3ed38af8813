package nl.stagemakelaar.integration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/integration-clients")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.LEAD)
@Tag(name = "Events")
public class IntegrationClientResource {

    @Inject IntegrationClients clients;

    @GET
    @Operation(operationId = "listIntegrationClients", summary = "The systems connected to the organisation (Keycloak clients"
            + " with the integration role and the organisation's id): client id, name, enabled")
    public List<IntegrationClients.Client> list() {
        return clients.list();
    }
}
