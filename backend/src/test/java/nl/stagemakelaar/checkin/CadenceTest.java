package nl.stagemakelaar.checkin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.stagemakelaar.support.Fixtures;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Check-ins on a running internship: who is due when, by guidance intensity and the organisation's own numbers. */
@QuarkusTest
class CadenceTest {

    static final LocalDate TODAY = LocalDate.now();

    /** A student of broker.west with a running internship that started {@code startedDaysAgo} days ago. */
    static String[] running(String intensity, int startedDaysAgo, LocalDate end) {
        return running(BROKER_WEST, intensity, startedDaysAgo, end);
    }

    /** The same, the student registered by {@code registrar} (a lead's registration is nobody's case yet). */
    static String[] running(String registrar, String intensity, int startedDaysAgo, LocalDate end) {
        String student = Fixtures.student(registrar, SCHOOL_DELTA, null);
        as(BROKER_WEST).body(Map.of("guidanceIntensity", intensity, "reason", "Past bij de student"))
                .post("/api/v1/students/" + student + "/guidance-intensity").then().statusCode(anyOf(is(200), is(409)));
        var body = new HashMap<>(Fixtures.proposal(student, null));
        body.put("employerId", Fixtures.employer(BROKER_WEST, Map.of()));
        if (end != null) {
            body.put("endDate", end.toString());
        }
        String id = as(BROKER_WEST).body(body).post("/api/v1/placements").then().statusCode(201).extract().path("id");
        String start = TODAY.minusDays(startedDaysAgo).toString();
        as(BROKER_WEST).header("If-Match", "\"0\"").body(Map.of("startDate", start)).post("/api/v1/placements/" + id + "/accept")
                .then().statusCode(200);
        as(BROKER_WEST).header("If-Match", "\"1\"").body(Map.of("startDate", start)).post("/api/v1/placements/" + id + "/start")
                .then().statusCode(200);
        return new String[] {student, id};
    }

    static List<Map<String, Object>> due(String placementId) {
        JsonPath caseload = as(BROKER_WEST).get("/api/v1/caseload").then().statusCode(200).extract().jsonPath();
        return caseload.getList("checkInsDue.findAll { it.placementId == '" + placementId + "' }");
    }

    static void checkIn(String placementId, String party, String signal) {
        as(BROKER_WEST).body(Map.of("party", party, "channel", "PHONE", "signal", signal, "note", "Even gebeld"))
                .post("/api/v1/placements/" + placementId + "/check-ins").then().statusCode(201)
                .body("party", is(party)).body("acknowledgedAt", notNullValue());
    }

    @Test
    void intensiveGuidanceWantsTheEmployerEveryTwoWeeksAndTheStudentEveryWeek() {
        String placement = running("INTENSIVE", 20, null)[1];
        var due = due(placement);
        assertEquals(2, due.size(), due.toString());
        assertEquals(Map.of("EMPLOYER", TODAY.minusDays(6).toString(), "STUDENT", TODAY.minusDays(13).toString()),
                Map.of(due.get(0).get("party"), due.get(0).get("dueOn"), due.get(1).get("party"), due.get(1).get("dueOn")));
        String employer = as(BROKER_WEST).get("/api/v1/placements/" + placement).then().extract().path("employerName");
        assertEquals(List.of(employer, employer), due.stream().map(d -> d.get("employerName")).toList(), "with the employer's name");
        // A check-in with the student moves only the student's due date (a week from today).
        checkIn(placement, "STUDENT", "OK");
        assertEquals(List.of("EMPLOYER"), due(placement).stream().map(d -> d.get("party")).toList());
        checkIn(placement, "EMPLOYER", "OK");
        assertEquals(List.of(), due(placement));
    }

    @Test
    void aBrokersListHoldsTheirOwnStudentsOnly() {
        String[] unassigned = running(LEAD_WEST, "INTENSIVE", 20, null);
        assertEquals(List.of(), due(unassigned[1]), "nobody's case: on no broker's list");
        as(LEAD_WEST).body(Map.of("broker", "broker.west")).post("/api/v1/students/" + unassigned[0] + "/assignment")
                .then().statusCode(200);
        assertEquals(2, due(unassigned[1]).size(), "once assigned, on broker.west's");
        checkIn(unassigned[1], "STUDENT", "OK");
        checkIn(unassigned[1], "EMPLOYER", "OK");
        assertEquals(List.of(), due(unassigned[1]));
    }

    @Test
    void placementOnlyWantsOneCheckInAfterTheStartAndOneBeforeTheEnd() {
        String placement = running("PLACEMENT_ONLY", 10, TODAY.plusDays(5))[1];
        var due = due(placement);
        assertEquals(Map.of("START", TODAY.minusDays(3).toString(), "END", TODAY.minusDays(9).toString()),
                Map.of(due.get(0).get("party"), due.get(0).get("dueOn"), due.get(1).get("party"), due.get(1).get("dueOn")));
        checkIn(placement, "STUDENT", "OK");
        assertEquals(List.of(), due(placement));
        // Started yesterday, no end date: nothing due yet.
        assertEquals(List.of(), due(running("PLACEMENT_ONLY", 1, null)[1]));
    }

    @Test
    void theOrganisationSetsItsOwnNumbers() {
        String placement = running("INTENSIVE", 20, null)[1];
        var before = as(LEAD_WEST).get("/api/v1/settings").then().statusCode(200).extract();
        var cadence = new HashMap<String, Object>(before.path("cadence"));
        var body = new HashMap<String, Object>();
        body.put("kind", before.path("kind"));
        body.put("defaultGuidanceIntensity", before.path("defaultGuidanceIntensity"));
        body.put("noContactDays", before.path("noContactDays"));
        body.put("followUpDays", before.path("followUpDays"));
        body.put("cadence", Map.of("intensiveEmployerDays", 30, "intensiveStudentDays", 30, "placementOnlyFirstDays", 7,
                "placementOnlyEndDays", 14));
        var changed = as(LEAD_WEST).header("If-Match", before.header("ETag")).body(body).put("/api/v1/settings").then()
                .statusCode(200).body("cadence.intensiveStudentDays", is(30)).extract();
        try {
            assertEquals(List.of(), due(placement));
            as(LEAD_WEST).get("/api/v1/settings/history").then().body("items[0].setting", is("cadence"));
            body.put("cadence", Map.of("intensiveEmployerDays", 0, "intensiveStudentDays", 30, "placementOnlyFirstDays", 7,
                    "placementOnlyEndDays", 14));
            as(LEAD_WEST).header("If-Match", changed.header("ETag")).body(body).put("/api/v1/settings").then().statusCode(400)
                    .body("errors[0].field", is("cadence.intensiveEmployerDays"));
        } finally {
            body.put("cadence", cadence);
            as(LEAD_WEST).header("If-Match", changed.header("ETag")).body(body).put("/api/v1/settings").then().statusCode(200);
        }
        assertEquals(2, due(placement).size());
    }

    @Test
    void aRiskStaysOnTopWithWhatWasDoneSinceAndTheEmployerNeverSeesTheBrokersNotes() {
        String[] s = running("INTENSIVE", 3, null);
        String placement = s[1];
        as(BROKER_WEST).body(Map.of("party", "PARENT", "channel", "PHONE", "signal", "AT_RISK",
                        "note", "Vader wordt het extra wekker-alarm")).post("/api/v1/placements/" + placement + "/check-ins")
                .then().statusCode(201);
        String risk = "atRisk.find { it.placementId == '" + placement + "' }";
        as(BROKER_WEST).get("/api/v1/caseload").then().statusCode(200).body(risk + ".signal", is("AT_RISK"))
                .body(risk + ".party", is("PARENT")).body(risk + ".contactsSince", is(0))
                .body("signals.placementId", not(hasItem(placement)));
        as(BROKER_WEST).body(Map.of("channel", "PHONE", "party", "PARENT", "minutes", 10))
                .post("/api/v1/students/" + s[0] + "/contacts").then().statusCode(201);
        as(BROKER_WEST).get("/api/v1/caseload").then().body(risk + ".contactsSince", is(1));
        checkIn(placement, "STUDENT", "OK");
        as(BROKER_WEST).get("/api/v1/caseload").then().body("atRisk.placementId", not(hasItem(placement)));

        // The employer's portal shows its own reports only.
        String bram = "00000000-0000-4000-6000-000000000005";
        as(BROKER_WEST).body(Map.of("party", "SCHOOL", "channel", "EMAIL", "signal", "OK", "note", "Mentor weet ervan"))
                .post("/api/v1/placements/" + bram + "/check-ins").then().statusCode(201);
        as(EMPLOYER_DEMO).get("/api/v1/portal/placements/" + bram + "/check-ins").then().statusCode(200)
                .body("note", not(hasItem("Mentor weet ervan"))).body("channel", everyItem(is("PORTAL")));
    }

    @Test
    void aBrokerCannotPoseAsThePortalNorCheckInOnAProposal() {
        String placement = running("INTENSIVE", 1, null)[1];
        as(BROKER_WEST).body(Map.of("party", "EMPLOYER", "channel", "PORTAL", "signal", "OK"))
                .post("/api/v1/placements/" + placement + "/check-ins").then().statusCode(400).body("errors[0].field", is("channel"));
        as(BROKER_WEST).body(Map.of("party", "NEIGHBOUR", "channel", "PHONE", "signal", "OK"))
                .post("/api/v1/placements/" + placement + "/check-ins").then().statusCode(400);
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        var body = new HashMap<>(Fixtures.proposal(student, null));
        body.put("employerId", Fixtures.employer(BROKER_WEST, Map.of()));
        String proposal = as(BROKER_WEST).body(body).post("/api/v1/placements").then().statusCode(201).extract().path("id");
        as(BROKER_WEST).body(Map.of("party", "STUDENT", "channel", "PHONE", "signal", "OK"))
                .post("/api/v1/placements/" + proposal + "/check-ins").then().statusCode(409);
        as(BROKER_RIVIER).body(Map.of("party", "STUDENT", "channel", "PHONE", "signal", "OK"))
                .post("/api/v1/placements/" + placement + "/check-ins").then().statusCode(404);
    }
}
