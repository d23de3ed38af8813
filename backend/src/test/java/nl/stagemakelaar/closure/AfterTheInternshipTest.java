package nl.stagemakelaar.closure;

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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When it goes wrong and after: how an internship ends, the next step, out of contact, agreements, closing and reopening. */
@QuarkusTest
class AfterTheInternshipTest {

    static final String TODAY = LocalDate.now().toString();

    static String[] running() {
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        var body = new HashMap<>(Fixtures.proposal(student, null));
        body.put("employerId", Fixtures.employer(BROKER_WEST, Map.of()));
        return new String[] {student, Fixtures.runningInternship(body)};
    }

    static JsonPath caseload() {
        return as(BROKER_WEST).get("/api/v1/caseload").then().statusCode(200).extract().jsonPath();
    }

    static JsonPath overview(String student) {
        return as(BROKER_WEST).get("/api/v1/students/" + student + "/closure").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anEndedInternshipAsksForTheNextStepInsteadOfStayingInInternship() {
        String[] done = running();
        as(BROKER_WEST).body(Map.of("hoursDone", 400)).post("/api/v1/placements/" + done[1] + "/complete").then()
                .statusCode(200).body("studentPhase", is("INTERNSHIP_ENDED"));
        String[] early = running();
        as(BROKER_WEST).body(Map.of("reason", "CONFLICT", "endedBy", "EMPLOYER", "note", "Ruzie met de leidinggevende"))
                .post("/api/v1/placements/" + early[1] + "/end-early").then().statusCode(200)
                .body("endReason", is("CONFLICT")).body("endedBy", is("EMPLOYER")).body("studentPhase", is("INTERNSHIP_ENDED"));
        as(BROKER_WEST).body(Map.of("reason", "BORED", "endedBy", "EMPLOYER")).post("/api/v1/placements/" + running()[1] + "/end-early")
                .then().statusCode(400).body("errors[0].field", is("reason"));
        as(BROKER_WEST).get("/api/v1/students/" + early[0] + "/timeline").then()
                .body("items.find { it.kind == 'PLACEMENT_CHANGED' }.reason", is("CONFLICT · EMPLOYER · Ruzie met de leidinggevende"));

        List<String> waiting = caseload().getList("nextSteps.studentId");
        assertTrue(waiting.containsAll(List.of(done[0], early[0])), "both wait for the broker's next step");
        assertEquals("COMPLETED", caseload().getString("nextSteps.find { it.studentId == '" + done[0] + "' }.placementStatus"));
        assertEquals(as(BROKER_WEST).get("/api/v1/placements/" + done[1]).then().extract().path("employerName"),
                caseload().getString("nextSteps.find { it.studentId == '" + done[0] + "' }.employerName"), "with the internship's employer");
        // The next step: another internship, or more preparation; never back to "in internship" by hand.
        as(BROKER_WEST).body(Map.of("phase", "IN_INTERNSHIP")).post("/api/v1/students/" + early[0] + "/phase").then().statusCode(409);
        as(BROKER_WEST).body(Map.of("phase", "MATCHING", "reason", "Nieuwe stage zoeken"))
                .post("/api/v1/students/" + early[0] + "/phase").then().statusCode(200).body("phase", is("MATCHING"));
        assertFalse(caseload().getList("nextSteps.studentId").contains(early[0]));
    }

    @Test
    void closingNamesWhatIsOpenRecordsTheOutcomesAndEndsWhatWasOpen() {
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        String place = Fixtures.place(BROKER_WEST, Fixtures.employer(BROKER_WEST, Map.of()), Map.of());
        String proposal = as(BROKER_WEST).body(Fixtures.proposal(student, place)).post("/api/v1/placements").then()
                .statusCode(201).extract().path("id");
        String contact = as(BROKER_WEST).body(Map.of("channel", "PHONE", "party", "STUDENT", "minutes", 10,
                "followUpOn", TODAY)).post("/api/v1/students/" + student + "/contacts").then().statusCode(201).extract().path("id");
        assertTrue(caseload().getList("followUps.contactId").contains(contact));

        JsonPath before = overview(student);
        assertEquals(List.of("FOLLOW_UP", "LIVE_PROPOSAL"), before.getList("openItems.kind"));
        assertEquals(List.of(contact, proposal), before.getList("openItems.refId"));
        assertTrue(before.getBoolean("canClose"));
        assertEquals("NOT_PLACED", before.getString("suggestedPlacementOutcome"));

        // No internship started: "placed" is not an outcome this case can have.
        as(BROKER_WEST).body(Map.of("placementOutcome", "PLACED_EXTERNALLY", "reason", "Klaar"))
                .post("/api/v1/students/" + student + "/closure").then().statusCode(400).body("errors[0].field", is("placementOutcome"));
        as(BROKER_WEST).body(Map.of("placementOutcome", "NOT_PLACED", "reason", "Klaar", "educationOutcome", "GRADUATED"))
                .post("/api/v1/students/" + student + "/closure").then().statusCode(400).body("errors[0].field", is("educationOutcome"));
        as(BROKER_WEST).body(Map.of("placementOutcome", "NOT_PLACED", "reason", " "))
                .post("/api/v1/students/" + student + "/closure").then().statusCode(400).body("errors[0].field", is("reason"));

        as(BROKER_WEST).body(Map.of("placementOutcome", "NOT_PLACED", "educationOutcome", "STOPPED",
                        "reason", "Gestopt met de opleiding", "handOff", Map.of("toKind", "COMPULSORY_EDUCATION_OFFICER",
                                "toName", "Leerplicht Amsterdam, R. Bakker", "reason", "Nog geen startkwalificatie")))
                .post("/api/v1/students/" + student + "/closure").then().statusCode(201)
                .body("placementOutcome", is("NOT_PLACED")).body("educationOutcome", is("STOPPED"))
                .body("handOff.toKind", is("COMPULSORY_EDUCATION_OFFICER")).body("closedBy", is("broker.west"));
        as(BROKER_WEST).get("/api/v1/students/" + student).then().body("phase", is("CLOSED"));
        as(BROKER_WEST).get("/api/v1/placements/" + proposal).then().body("status", is("WITHDRAWN"));
        assertFalse(caseload().getList("followUps.contactId").contains(contact), "closing ends its follow-ups");
        as(BROKER_WEST).get("/api/v1/students/" + student + "/hand-offs").then().statusCode(200)
                .body("toName", contains("Leerplicht Amsterdam, R. Bakker"));
        JsonPath after = overview(student);
        assertEquals(List.of(), after.getList("openItems"));
        assertFalse(after.getBoolean("canClose"));
        assertEquals("STOPPED", after.getString("current.educationOutcome"));
        as(BROKER_WEST).get("/api/v1/students/" + student + "/timeline").then()
                .body("items[0].kind", is("CASE_CLOSED")).body("items[0].detail", is("NOT_PLACED · STOPPED · COMPULSORY_EDUCATION_OFFICER"));
        as(BROKER_WEST).body(Map.of("placementOutcome", "NOT_PLACED", "reason", "Nog eens"))
                .post("/api/v1/students/" + student + "/closure").then().statusCode(409);
    }

    @Test
    void aRunningInternshipBlocksTheClosing() {
        String[] r = running();
        JsonPath o = overview(r[0]);
        assertEquals(List.of("RUNNING_INTERNSHIP"), o.getList("openItems.kind"));
        assertEquals(List.of(true), o.getList("openItems.blocks"));
        assertFalse(o.getBoolean("canClose"));
        assertEquals("PLACED_EXTERNALLY", o.getString("suggestedPlacementOutcome"));
        as(BROKER_WEST).body(Map.of("placementOutcome", "PLACED_EXTERNALLY", "reason", "Klaar"))
                .post("/api/v1/students/" + r[0] + "/closure").then().statusCode(409).body("type", endsWith("internship-running"));
        as(BROKER_WEST).get("/api/v1/students/" + r[0]).then().body("phase", is("IN_INTERNSHIP"));
    }

    @Test
    void reopeningKeepsTheEarlierClosingAndASecondInternshipIsOnTheSameRecord() {
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        as(BROKER_WEST).body(Map.of("placementOutcome", "NOT_PLACED", "reason", "Verhuisd naar Utrecht"))
                .post("/api/v1/students/" + student + "/closure").then().statusCode(201);
        as(BROKER_WEST).body(Map.of("reason", " ")).post("/api/v1/students/" + student + "/reopening").then().statusCode(400)
                .body("errors[0].field", is("reason"));
        as(BROKER_WEST).body(Map.of("reason", "Terug", "phase", "PLACED")).post("/api/v1/students/" + student + "/reopening")
                .then().statusCode(400).body("errors[0].field", is("phase"));
        as(BROKER_WEST).body(Map.of("reason", "Terug in Amsterdam, zoekt een tweede stage", "phase", "MATCHING"))
                .post("/api/v1/students/" + student + "/reopening").then().statusCode(200).body("phase", is("MATCHING"));
        as(BROKER_WEST).body(Map.of("reason", "Nog eens")).post("/api/v1/students/" + student + "/reopening").then().statusCode(409);

        // The second internship: found by the student, run and completed; the outcome follows from it.
        String found = as(BROKER_WEST).body(Map.of("studentId", student, "newEmployerName", unique("Kapsalon "), "startDate", TODAY))
                .post("/api/v1/placements/found").then().statusCode(201).extract().path("id");
        as(BROKER_WEST).body(Map.of("startDate", TODAY)).post("/api/v1/placements/" + found + "/start").then().statusCode(200);
        as(BROKER_WEST).body(Map.of()).post("/api/v1/placements/" + found + "/complete").then().statusCode(200);
        assertEquals("FOUND_THEMSELVES", overview(student).getString("suggestedPlacementOutcome"));
        as(BROKER_WEST).body(Map.of("placementOutcome", "FOUND_THEMSELVES", "educationOutcome", "DIPLOMA", "reason", "Diploma gehaald"))
                .post("/api/v1/students/" + student + "/closure").then().statusCode(201);

        JsonPath o = overview(student);
        assertEquals("FOUND_THEMSELVES", o.getString("current.placementOutcome"));
        assertEquals(List.of("NOT_PLACED"), o.getList("history.placementOutcome"));
        assertEquals("Terug in Amsterdam, zoekt een tweede stage", o.getString("history[0].reopenReason"));
        assertEquals("broker.west", o.getString("history[0].reopenedBy"));
        List<String> kinds = as(BROKER_WEST).queryParam("size", 100).get("/api/v1/students/" + student + "/timeline").then()
                .extract().jsonPath().getList("items.kind");
        assertEquals(2, kinds.stream().filter("CASE_CLOSED"::equals).count());
        assertEquals(1, kinds.stream().filter("CASE_REOPENED"::equals).count());
    }

    @Test
    void theReferringMentorSeesThatTheCaseClosedAndHowButNoneOfTheNotes() {
        Map<String, Object> referral = new HashMap<>(nl.stagemakelaar.common.ValidBodies.of("ReferralInput"));
        String id = as(MENTOR_RIVIER).body(referral).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        String student = as(BROKER_RIVIER).body(Map.of()).post("/api/v1/referrals/" + id + "/accept").then().statusCode(200)
                .extract().path("studentId");
        as(MENTOR_RIVIER).get("/api/v1/referrals/" + id).then().statusCode(200).body("closure", nullValue());
        as(BROKER_RIVIER).body(Map.of("placementOutcome", "NOT_PLACED", "educationOutcome", "SWITCHED_PROGRAMME",
                        "reason", "Vertrouwelijk: thuissituatie", "handOff", Map.of("toKind", "YOUTH_WORKER",
                                "toName", "Jongerenwerk Oost, K. Smit", "reason", "Hulp bij de thuissituatie")))
                .post("/api/v1/students/" + student + "/closure").then().statusCode(201);
        String body = as(MENTOR_RIVIER).get("/api/v1/referrals/" + id).then().statusCode(200)
                .body("studentPhase", is("CLOSED")).body("closure.placementOutcome", is("NOT_PLACED"))
                .body("closure.educationOutcome", is("SWITCHED_PROGRAMME")).body("closure.handedOffTo", is("YOUTH_WORKER"))
                .body("closure.closedAt", notNullValue()).extract().asString();
        for (String secret : List.of("thuissituatie", "Jongerenwerk Oost", "K. Smit")) {
            assertFalse(body.contains(secret), "the mentor reads no note: " + secret);
        }
        // The mentor cannot open the broker's closing either.
        as(MENTOR_RIVIER).get("/api/v1/students/" + student + "/closure").then().statusCode(403);
    }

    @Test
    void failedAttemptsInARowMarkTheCaseOutOfContactUntilTheStudentIsReached() {
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        assertEquals(3, as(BROKER_WEST).get("/api/v1/settings").then().statusCode(200).extract().<Integer>path("outOfContactAttempts"));
        String path = "/api/v1/students/" + student + "/contacts";
        as(BROKER_WEST).body(Map.of("channel", "PHONE", "party", "STUDENT", "minutes", 2, "outcome", "NOT_REACHED")).post(path).then()
                .statusCode(201).body("outcome", is("NOT_REACHED"));
        as(BROKER_WEST).body(Map.of("channel", "IN_PERSON", "party", "STUDENT", "minutes", 0, "outcome", "NO_SHOW")).post(path).then().statusCode(201);
        // A parent not answering is not the student being out of reach.
        as(BROKER_WEST).body(Map.of("channel", "PHONE", "party", "PARENT", "minutes", 1, "outcome", "NOT_REACHED")).post(path).then().statusCode(201);
        as(BROKER_WEST).get("/api/v1/students/" + student).then().body("outOfContactSince", nullValue());
        assertFalse(caseload().getList("outOfContact.studentId").contains(student));

        as(BROKER_WEST).body(Map.of("channel", "WHATSAPP", "party", "STUDENT", "minutes", 1, "outcome", "NOT_REACHED")).post(path).then().statusCode(201);
        as(BROKER_WEST).get("/api/v1/students/" + student).then().body("outOfContactSince", is(TODAY));
        assertTrue(caseload().getList("outOfContact.studentId").contains(student));
        as(BROKER_WEST).body(Map.of("channel", "PHONE", "party", "STUDENT", "minutes", 1, "outcome", "LOST")).post(path).then()
                .statusCode(400).body("errors[0].field", is("outcome"));

        as(BROKER_WEST).body(Map.of("channel", "PHONE", "party", "STUDENT", "minutes", 15)).post(path).then().statusCode(201)
                .body("outcome", is("REACHED"));
        as(BROKER_WEST).get("/api/v1/students/" + student).then().body("outOfContactSince", nullValue());
        assertFalse(caseload().getList("outOfContact.studentId").contains(student));
        List<String> kinds = as(BROKER_WEST).get("/api/v1/students/" + student + "/timeline").then().extract().jsonPath().getList("items.kind");
        assertEquals(List.of("BACK_IN_CONTACT", "OUT_OF_CONTACT"), kinds.stream()
                .filter(k -> k.endsWith("_CONTACT") && !k.equals("CONTACT_LOGGED")).toList());
        // One failed attempt after being reached starts the count again.
        as(BROKER_WEST).body(Map.of("channel", "PHONE", "party", "STUDENT", "minutes", 1, "outcome", "NOT_REACHED")).post(path).then().statusCode(201);
        as(BROKER_WEST).get("/api/v1/students/" + student).then().body("outOfContactSince", nullValue());
    }

    @Test
    void parentsOnTheRecordAndAnAgreementOnAPlacementAtRisk() {
        String[] r = running();
        String guardians = "/api/v1/students/" + r[0] + "/guardians";
        String guardian = as(BROKER_WEST).body(Map.of("name", "Ahmed El Idrissi", "relation", "PARENT", "phone", "0612345678",
                        "mayContact", true)).post(guardians).then().statusCode(201).header("ETag", is("\"0\"")).extract().path("id");
        as(BROKER_WEST).body(Map.of("name", "X", "relation", "UNCLE", "mayContact", true)).post(guardians).then().statusCode(400)
                .body("errors[0].field", is("relation"));
        as(BROKER_WEST).body(Map.of("name", "X", "relation", "PARENT")).post(guardians).then().statusCode(400)
                .body("errors[0].field", is("mayContact"));
        Map<String, Object> change = Map.of("name", "Ahmed El Idrissi", "relation", "PARENT", "phone", "0612345678",
                "mayContact", false, "note", "Alleen via de student");
        as(BROKER_WEST).body(change).put(guardians + "/" + guardian).then().statusCode(428);
        as(BROKER_WEST).header("If-Match", "\"7\"").body(change).put(guardians + "/" + guardian).then().statusCode(412);
        as(BROKER_WEST).header("If-Match", "\"0\"").body(change).put(guardians + "/" + guardian).then().statusCode(200)
                .body("mayContact", is(false)).header("ETag", is("\"1\""));
        as(BROKER_WEST).get(guardians).then().statusCode(200).body("name", contains("Ahmed El Idrissi"))
                .body("[0].mayContact", is(false));
        as(BROKER_RIVIER).get(guardians).then().statusCode(404);

        // A visit with the father, at risk, with an agreement: it is due today, then looked back on.
        as(BROKER_WEST).body(Map.of("party", "PARENT", "channel", "VISIT", "signal", "AT_RISK", "note", "Komt te laat",
                        "agreement", Map.of("agreement", "Vader wekt hem elke werkdag om 6:30", "withWhom", "Vader", "dueOn", TODAY)))
                .post("/api/v1/placements/" + r[1] + "/check-ins").then().statusCode(201);
        JsonPath list = as(BROKER_WEST).get("/api/v1/placements/" + r[1] + "/interventions").then().statusCode(200).extract().jsonPath();
        String intervention = list.getString("[0].id");
        assertEquals("OPEN", list.getString("[0].outcome"));
        assertEquals(list.getString("[0].checkInId") != null, true);
        JsonPath day = caseload();
        assertTrue(day.getList("agreementsDue.interventionId").contains(intervention));
        assertTrue(day.getList("atRisk.placementId").contains(r[1]));
        String outcome = "/api/v1/interventions/" + intervention + "/outcome";
        as(BROKER_WEST).header("If-Match", "\"0\"").body(Map.of("outcome", "OPEN")).put(outcome).then().statusCode(400)
                .body("errors[0].field", is("outcome"));
        as(BROKER_WEST).header("If-Match", "\"0\"").body(Map.of("outcome", "HELPED", "note", "Elke dag op tijd")).put(outcome)
                .then().statusCode(200).body("outcome", is("HELPED"));
        as(BROKER_WEST).header("If-Match", "\"0\"").body(Map.of("outcome", "PARTLY")).put(outcome).then().statusCode(412);
        as(BROKER_RIVIER).header("If-Match", "\"1\"").body(Map.of("outcome", "PARTLY")).put(outcome).then().statusCode(404);
        assertFalse(caseload().getList("agreementsDue.interventionId").contains(intervention));
        // The employer reads its own reports only: the visit and the agreement stay with the broker.
        as(BROKER_WEST).get("/api/v1/students/" + r[0] + "/timeline").then()
                .body("items.kind", hasItems("INTERVENTION_AGREED", "INTERVENTION_EVALUATED", "GUARDIAN_CHANGED"));
        as(BROKER_WEST).header("If-Match", "\"1\"").delete(guardians + "/" + guardian).then().statusCode(204);
        as(BROKER_WEST).get(guardians).then().body("size()", is(0));
    }
}
