package nl.stagemakelaar.placement;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.stagemakelaar.support.Fixtures;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class OutreachTest {

    @Test
    void outreachIsCountedPerStudentAndAnotherBrokersRecentApproachShows() {
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        String employer = Fixtures.employer(BROKER_WEST, Map.of());
        as(BROKER_WEST).body(Map.of("employerId", employer, "channel", "PHONE", "result", "INTERESTED"))
                .post("/api/v1/students/" + student + "/outreach").then().statusCode(201).body("broker", is("broker.west"));
        as(BROKER_WEST).body(Map.of("employerId", employer, "channel", "EMAIL", "result", "DECLINED"))
                .post("/api/v1/students/" + student + "/outreach").then().statusCode(400)
                .body("errors[0].field", is("declineReason"));
        String newName = unique("Nieuwe Kapper ");
        as(BROKER_WEST).body(Map.of("newEmployerName", newName, "channel", "VISIT", "result", "DECLINED",
                        "declineReason", "Geen begeleider beschikbaar"))
                .post("/api/v1/students/" + student + "/outreach").then().statusCode(201).body("employerName", is(newName));
        as(BROKER_WEST).body(Map.of("channel", "APP", "result", "NO_ANSWER"))
                .post("/api/v1/students/" + student + "/outreach").then().statusCode(400).body("errors[0].field", is("employerId"));
        as(BROKER_WEST).get("/api/v1/students/" + student + "/outreach").then().statusCode(200)
                .body("employersApproached", is(2)).body("byResult.INTERESTED", is(1)).body("byResult.DECLINED", is(1))
                .body("items", hasSize(2));
        as(BROKER_WEST).queryParam("q", newName).get("/api/v1/employers").then().body("total", is(1))
                .body("items[0].newThisMonth", is(true));

        // The lead (another person of the organisation) sees who approached the employer, for whom.
        as(LEAD_WEST).get("/api/v1/employers/" + employer + "/recent-outreach").then().statusCode(200)
                .body("broker", hasItem("broker.west")).body("studentId", hasItem(student));
        as(BROKER_WEST).get("/api/v1/employers/" + employer + "/recent-outreach").then().statusCode(200).body("", empty());
        as(BROKER_RIVIER).get("/api/v1/employers/" + employer + "/recent-outreach").then().statusCode(404);
        as(BROKER_RIVIER).get("/api/v1/students/" + student + "/outreach").then().statusCode(404);
        as(BROKER_RIVIER).body(Map.of("employerId", employer, "channel", "PHONE", "result", "INTERESTED"))
                .post("/api/v1/students/" + Fixtures.student(BROKER_RIVIER, SCHOOL_RIVIER, null) + "/outreach")
                .then().statusCode(400).body("errors[0].field", is("employerId"));
        as(MENTOR_DELTA).get("/api/v1/students/" + student + "/outreach").then().statusCode(403);
        anonymous().get("/api/v1/employers/" + employer + "/recent-outreach").then().statusCode(401);
    }

    @Test
    void relationHealthPutsOverdueVisitsFirst() {
        String tag = unique("Gezondheid");
        String overdue = Fixtures.employer(BROKER_WEST, Map.of("name", tag + " A", "visitEveryDays", 14));
        String fine = Fixtures.employer(BROKER_WEST, Map.of("name", tag + " B", "visitEveryDays", 14));
        String noCadence = Fixtures.employer(BROKER_WEST, Map.of("name", tag + " C"));
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        for (var e : Map.of(overdue, 20, fine, 2).entrySet()) {
            var c = new HashMap<String, Object>(Map.of("channel", "IN_PERSON", "party", "EMPLOYER", "minutes", 30,
                    "employerId", e.getKey(), "occurredAt", LocalDate.now().minusDays(e.getValue()) + "T10:00:00Z"));
            as(BROKER_WEST).body(c).post("/api/v1/students/" + student + "/contacts").then().statusCode(201);
        }
        as(BROKER_WEST).queryParam("q", tag).queryParam("sort", "health").get("/api/v1/employers").then().statusCode(200)
                .body("items.id", contains(overdue, noCadence, fine))
                .body("items.find { it.id == '" + overdue + "' }.visitOverdue", is(true))
                .body("items.find { it.id == '" + fine + "' }.visitOverdue", is(false))
                .body("items.find { it.id == '" + fine + "' }.lastContactAt", notNullValue());
        as(BROKER_WEST).queryParam("q", tag).get("/api/v1/employers").then()
                .body("items.id", contains(overdue, fine, noCadence));
        as(BROKER_WEST).queryParam("sort", "random").get("/api/v1/employers").then().statusCode(400)
                .body("errors[0].field", is("sort"));
    }
}
