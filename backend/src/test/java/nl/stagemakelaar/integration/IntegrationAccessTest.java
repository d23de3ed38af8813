package nl.stagemakelaar.integration;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.stagemakelaar.support.Fixtures;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;

/**
 * A school's or municipality's system works with the organisation's students, employers, places and placements as
 * its brokers do, within the organisation of its client, and never reads what is written about a student.
 */
@QuarkusTest
class IntegrationAccessTest {

    static RequestSpecification west() {
        return asClient("integration-west");
    }

    static RequestSpecification rivier() {
        return asClient("integration-rivier");
    }

    @Test
    void anIntegrationRegistersAndUpdatesStudentsOfItsOwnOrganisation() {
        String last = unique("Koppel");
        var body = new HashMap<String, Object>(Map.of("firstName", "Noor", "lastName", last, "dateOfBirth", "2006-03-01",
                "schoolId", SCHOOL_DELTA, "consent", consent()));
        var created = west().body(body).post("/api/v1/students").then().statusCode(201)
                .header("ETag", notNullValue())
                .body("phase", is("INTAKE"))
                .body("assignedBroker", nullValue()) // waits for a lead to assign it, like a lead's registration
                .body("createdBy", is("service-account-integration-west"))
                .extract();
        String id = created.path("id");
        west().get("/api/v1/students?q=" + last).then().statusCode(200).body("items.id", hasItem(id));
        body.put("phone", "0612345678");
        west().header("If-Match", created.header("ETag")).body(body).put("/api/v1/students/" + id).then().statusCode(200)
                .body("phone", is("0612345678"));
        west().header("If-Match", created.header("ETag")).body(body).put("/api/v1/students/" + id).then().statusCode(412);
        as(BROKER_WEST).get("/api/v1/students/" + id).then().statusCode(200).body("updatedBy", is("service-account-integration-west"));

        // Another organisation's system does not find it, and cannot change it.
        rivier().get("/api/v1/students/" + id).then().statusCode(404).contentType("application/problem+json");
        rivier().header("If-Match", "\"1\"").body(body).put("/api/v1/students/" + id).then().statusCode(404);
        rivier().get("/api/v1/students?q=" + last).then().statusCode(200).body("items", empty());
    }

    @Test
    void theCaseFileStaysWithTheBrokers() {
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        for (String path : List.of("/intake", "/contacts", "/timeline", "/guardians", "/hand-offs", "/files", "/consents")) {
            west().get("/api/v1/students/" + student + path).then().statusCode(403);
        }
        west().body(Map.of("channel", "PHONE", "party", "STUDENT", "minutes", 5))
                .post("/api/v1/students/" + student + "/contacts").then().statusCode(403);
        west().body(Map.of("phase", "PREPARATION")).post("/api/v1/students/" + student + "/phase").then().statusCode(403);
    }

    @Test
    void placesFromAVacancyFeedAndTheEmployersBehindThem() {
        String kvk = String.valueOf(java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        String employer = west().body(Map.of("name", unique("Feedbedrijf "), "kvkNumber", kvk, "city", "Zaandam"))
                .post("/api/v1/employers").then().statusCode(201).extract().path("id");
        var place = west().body(Map.of("employerId", employer, "title", "Medewerker logistiek", "levelMin", 1, "levelMax", 2))
                .post("/api/v1/places").then().statusCode(201).extract();
        String placeId = place.path("id");
        west().get("/api/v1/places/" + placeId).then().statusCode(200).body("employerId", is(employer));
        west().get("/api/v1/employers/" + employer).then().statusCode(200).body("kvkNumber", is(kvk));
        rivier().get("/api/v1/places/" + placeId).then().statusCode(404);
        rivier().get("/api/v1/employers/" + employer).then().statusCode(404);
        rivier().body(Map.of("employerId", employer, "title", "Elders")).post("/api/v1/places").then().statusCode(400)
                .body("errors.field", hasItem("employerId"));
    }

    @Test
    void anIntegrationSeesThePlacementsFactsNotWhatWasWrittenAboutTheStudent() {
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, PROGRAMME_RETAIL_2);
        String place = Fixtures.place(BROKER_WEST, Fixtures.employer(BROKER_WEST, Map.of()), Map.of());
        var proposal = Fixtures.proposal(student, place);
        proposal.put("supportToMention", "Heeft extra uitleg nodig bij nieuwe taken");
        proposal.put("strengths", "Nauwkeurig");
        String id = as(BROKER_WEST).body(proposal).post("/api/v1/placements").then().statusCode(201).extract().path("id");
        as(BROKER_WEST).get("/api/v1/placements/" + id).then().statusCode(200)
                .body("supportToMention", is("Heeft extra uitleg nodig bij nieuwe taken"));
        west().get("/api/v1/placements/" + id).then().statusCode(200)
                .body("status", is("PROPOSED")).body("studentId", is(student)).body("placeId", is(place))
                .body("profile", nullValue()).body("strengths", nullValue()).body("supportToMention", nullValue());
        west().get("/api/v1/placements?studentId=" + student).then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.profile", everyItem(nullValue()));
        rivier().get("/api/v1/placements/" + id).then().statusCode(404);
        // Deciding on a proposal is the broker's work with the employer, not a system's.
        west().header("If-Match", "\"0\"").body(Map.of()).post("/api/v1/placements/" + id + "/withdraw").then().statusCode(403);
    }

    @Test
    void aSchoolSystemRecordsAnInternshipTheStudentFoundThemselves() {
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        west().body(Map.of("studentId", student, "newEmployerName", unique("Zelf gevonden "),
                "startDate", LocalDate.now().plusDays(7).toString())).post("/api/v1/placements/found").then().statusCode(201)
                .body("type", is("FOUND_BY_STUDENT")).body("status", is("ACCEPTED"));
        as(BROKER_WEST).get("/api/v1/students/" + student).then().body("phase", is("PLACED"));
        String rivierStudent = Fixtures.student(BROKER_RIVIER, SCHOOL_RIVIER, null);
        west().body(Map.of("studentId", rivierStudent, "newEmployerName", "X", "startDate", LocalDate.now().toString()))
                .post("/api/v1/placements/found").then().statusCode(400).body("errors.field", hasItem("studentId"));
    }
}
