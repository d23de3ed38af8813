package nl.stagemakelaar.me;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class MeResourceTest {

    @Test
    void brokerSeesOrganisationAndRole() {
        as(BROKER_WEST).get("/api/v1/me").then().statusCode(200)
                .body("username", is("broker.west")).body("name", is("Noor Bakker"))
                .body("roles", contains("broker"))
                .body("organisation.name", is("Stagepunt West"))
                .body("organisation.kind", is("MUNICIPAL_DESK"))
                .body("organisation.defaultGuidanceIntensity", is("PLACEMENT_ONLY"))
                .body("school", nullValue());
    }

    @Test
    void mentorSeesSchoolEmployerSeesEmployerIntegrationSeesOrganisation() {
        as(MENTOR_RIVIER).get("/api/v1/me").then().statusCode(200)
                .body("roles", contains("mentor")).body("school.name", is("Rivier College"))
                .body("organisation", nullValue());
        as(EMPLOYER_DEMO).get("/api/v1/me").then().statusCode(200)
                .body("roles", contains("employer")).body("employerId", is(EMPLOYER_DEMO_ID));
        asClient("integration-west").get("/api/v1/me").then().statusCode(200)
                .body("roles", contains("integration")).body("organisation.id", is(ORG_WEST));
    }

    @Test
    void anonymousIs401() {
        anonymous().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }
}
