package nl.stagemakelaar.integration;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;

/** A lead sees the systems connected to their organisation, as Keycloak knows them, and no one else's. */
@QuarkusTest
class IntegrationClientsTest {

    @Test
    void aLeadSeesTheOrganisationsOwnClientsOnly() {
        as(LEAD_WEST).get("/api/v1/integration-clients").then().statusCode(200)
                .body("clientId", hasItem("integration-west")).body("clientId", not(hasItem("integration-rivier")))
                .body("find { it.clientId == 'integration-west' }.enabled", is(true))
                .body("find { it.clientId == 'integration-west' }.name", is("Integration (integration-west)"))
                .body(not(containsString("demo-secret")));
    }
}
