package nl.stagemakelaar.school;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class ReferenceDataTest {

    @Test
    void brokersSeeTheSchoolsTheirOrganisationServes() {
        as(BROKER_WEST).get("/api/v1/schools").then().statusCode(200)
                .body("items.name", contains("Delta College", "ROC Noordkade")).body("total", is(2));
        as(BROKER_RIVIER).get("/api/v1/schools").then().statusCode(200)
                .body("items.name", contains("Rivier College"));
    }

    @Test
    void mentorsSeeOnlyTheirOwnSchool() {
        as(MENTOR_DELTA).get("/api/v1/schools").then().statusCode(200)
                .body("items.id", contains(SCHOOL_DELTA)).body("total", is(1));
    }

    @Test
    void schoolsAreNotForEmployersOrAnonymous() {
        as(EMPLOYER_DEMO).get("/api/v1/schools").then().statusCode(403);
        anonymous().get("/api/v1/schools").then().statusCode(401);
        anonymous().get("/api/v1/programmes").then().statusCode(401);
    }

    @Test
    void programmesAreFilteredByLevelAndNameOrCrebo() {
        as(MENTOR_RIVIER).queryParam("level", 3).get("/api/v1/programmes").then().statusCode(200)
                .body("items.level", everyItem(is(3))).body("items.name", hasItem("Medewerker ICT-support"));
        as(BROKER_WEST).queryParam("q", "25498").get("/api/v1/programmes").then()
                .body("items.name", contains("Helpende zorg en welzijn"));
        as(BROKER_WEST).queryParam("level", 5).get("/api/v1/programmes").then().statusCode(400)
                .body("errors[0].field", is("level"));
    }
}
