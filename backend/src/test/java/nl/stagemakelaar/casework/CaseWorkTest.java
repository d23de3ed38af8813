package nl.stagemakelaar.casework;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class CaseWorkTest {

    static String newStudent(String user, String lastName) {
        return as(user).body(Map.of("firstName", "Case", "lastName", lastName, "dateOfBirth", "2006-06-06",
                        "schoolId", SCHOOL_DELTA, "consent", consent())).post("/api/v1/students")
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> contact(String channel, int minutes) {
        var m = new HashMap<String, Object>();
        m.put("channel", channel);
        m.put("party", "STUDENT");
        m.put("minutes", minutes);
        return m;
    }

    @Test
    void phaseRulesAreEnforcedAndRecorded() {
        String id = newStudent(BROKER_WEST, unique("Phase"));
        as(BROKER_WEST).body(Map.of("phase", "IN_INTERNSHIP")).post("/api/v1/students/" + id + "/phase")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("placements"));
        as(BROKER_WEST).body(Map.of("phase", "PLACED")).post("/api/v1/students/" + id + "/phase").then().statusCode(409);
        as(BROKER_WEST).body(Map.of("phase", "PREPARATION")).post("/api/v1/students/" + id + "/phase")
                .then().statusCode(200).body("phase", is("PREPARATION"));
        // Closing records outcomes, so it is its own action; the phase change says where to go.
        as(BROKER_WEST).body(Map.of("phase", "CLOSED", "reason", "Zelf een plek gevonden"))
                .post("/api/v1/students/" + id + "/phase").then().statusCode(409).body("type", endsWith("use-closure"))
                .body("detail", containsString("/closure"));
        as(BROKER_WEST).body(Map.of("placementOutcome", "NOT_PLACED", "reason", "Zelf een plek gevonden"))
                .post("/api/v1/students/" + id + "/closure").then().statusCode(201);
        as(BROKER_WEST).body(Map.of("phase", "MATCHING")).post("/api/v1/students/" + id + "/phase").then().statusCode(409)
                .body("detail", containsString("/reopening"));
        as(BROKER_WEST).body(Map.of("phase", "SLEEPING")).post("/api/v1/students/" + id + "/phase")
                .then().statusCode(400).body("errors[0].field", is("phase"));
        as(BROKER_WEST).get("/api/v1/students/" + id + "/timeline").then().statusCode(200)
                .body("total", is(3))
                .body("items[0].kind", is("CASE_CLOSED")).body("items[0].detail", is("NOT_PLACED · UNKNOWN"))
                .body("items[1].detail", is("PREPARATION → CLOSED")).body("items[1].reason", is("Zelf een plek gevonden"))
                .body("items[2].detail", is("INTAKE → PREPARATION")).body("items[2].actor", is("broker.west"));
    }

    @Test
    void intensityChangesNeedAReasonAndReassignmentIsForLeads() {
        String id = newStudent(BROKER_WEST, unique("Intens"));
        as(BROKER_WEST).body(Map.of("guidanceIntensity", "INTENSIVE")).post("/api/v1/students/" + id + "/guidance-intensity")
                .then().statusCode(400).body("errors[0].field", is("reason"));
        as(BROKER_WEST).body(Map.of("guidanceIntensity", "INTENSIVE", "reason", "Thuissituatie vraagt meer"))
                .post("/api/v1/students/" + id + "/guidance-intensity").then().statusCode(200)
                .body("guidanceIntensity", is("INTENSIVE"));
        as(BROKER_WEST).body(Map.of("broker", "broker.west")).post("/api/v1/students/" + id + "/assignment")
                .then().statusCode(403);
        as(LEAD_WEST).body(Map.of("broker", "broker.rivier")).post("/api/v1/students/" + id + "/assignment")
                .then().statusCode(400).body("errors[0].field", is("broker"));
        as(LEAD_WEST).body(Map.of("broker", "broker.west")).post("/api/v1/students/" + id + "/assignment")
                .then().statusCode(200).body("assignedBroker", is("broker.west"));
        as(BROKER_RIVIER).body(Map.of("guidanceIntensity", "INTENSIVE", "reason", "x"))
                .post("/api/v1/students/" + id + "/guidance-intensity").then().statusCode(404);
    }

    @Test
    void confidentialContactsAreReadOnlyByTheirAuthorAndLeads() {
        String id = newStudent(BROKER_WEST, unique("Contact"));
        var mine = contact("HOME_VISIT", 60);
        mine.put("summary", "Vader werkloos, spanningen thuis");
        mine.put("confidential", true);
        as(BROKER_WEST).body(mine).post("/api/v1/students/" + id + "/contacts").then().statusCode(201)
                .body("summary", is("Vader werkloos, spanningen thuis"));
        var leads = contact("PHONE", 20);
        leads.put("summary", "Wijkteam betrokken vanwege schulden");
        leads.put("confidential", true);
        as(LEAD_WEST).body(leads).post("/api/v1/students/" + id + "/contacts").then().statusCode(201);
        var plain = contact("WHATSAPP", 5);
        plain.put("summary", "Afspraak bevestigd");
        as(BROKER_WEST).body(plain).post("/api/v1/students/" + id + "/contacts").then().statusCode(201);

        // The lead reads every summary.
        as(LEAD_WEST).get("/api/v1/students/" + id + "/contacts").then().statusCode(200)
                .body("items.summary", hasItems("Vader werkloos, spanningen thuis", "Wijkteam betrokken vanwege schulden"));
        // A broker who is not the author sees that the contact exists, not its text: it is not in the JSON.
        String json = as(BROKER_WEST).get("/api/v1/students/" + id + "/contacts").then().statusCode(200)
                .body("total", is(3))
                .body("items.find { it.author == 'lead.west' }.summary", nullValue())
                .body("items.find { it.author == 'lead.west' }.summaryHidden", is(true))
                .body("items.find { it.channel == 'HOME_VISIT' }.summary", is("Vader werkloos, spanningen thuis"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(json.contains("schulden"), "hidden summary leaked: " + json);
        String timeline = as(LEAD_WEST).get("/api/v1/students/" + id + "/timeline").then().statusCode(200)
                .body("items.kind", everyItem(is("CONTACT_LOGGED"))).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(timeline.contains("spanningen") || timeline.contains("schulden"),
                "timeline must not carry summaries");
        // Newest first, paged.
        as(BROKER_WEST).queryParam("size", 1).queryParam("page", 2).get("/api/v1/students/" + id + "/timeline")
                .then().body("total", is(3)).body("items", hasSize(1)).body("items[0].detail", containsString("HOME_VISIT"));
        as(BROKER_RIVIER).get("/api/v1/students/" + id + "/contacts").then().statusCode(404);
        as(MENTOR_DELTA).get("/api/v1/students/" + id + "/contacts").then().statusCode(403);
        anonymous().get("/api/v1/students/" + id + "/contacts").then().statusCode(401);
        as(BROKER_WEST).queryParam("assignedBroker", "broker.west").queryParam("q", "case").get("/api/v1/students")
                .then().body("items.id", hasItem(id));
        as(BROKER_WEST).queryParam("assignedBroker", "lead.west").get("/api/v1/students").then().body("items.id", not(hasItem(id)));
    }

    @Test
    void contactValidation() {
        String id = newStudent(BROKER_WEST, unique("Valid"));
        as(BROKER_WEST).body(Map.of("party", "STUDENT", "minutes", 5)).post("/api/v1/students/" + id + "/contacts")
                .then().statusCode(400).body("errors[0].field", is("channel"));
        as(BROKER_WEST).body(contact("PIGEON", 5)).post("/api/v1/students/" + id + "/contacts")
                .then().statusCode(400).body("errors[0].field", is("channel"));
        as(BROKER_WEST).body(contact("PHONE", 5000)).post("/api/v1/students/" + id + "/contacts")
                .then().statusCode(400).body("errors[0].field", is("minutes"));
        var future = contact("PHONE", 5);
        future.put("occurredAt", OffsetDateTime.now().plusDays(2).toString());
        as(BROKER_WEST).body(future).post("/api/v1/students/" + id + "/contacts")
                .then().statusCode(400).body("errors[0].field", is("occurredAt"));
    }

    @Test
    void dashboardCountsWhatTheTestCreated() {
        // broker.rivier's own caseload: counts before and after, so demo rows do not matter.
        var before = as(BROKER_RIVIER).get("/api/v1/caseload").then().statusCode(200).extract().jsonPath();
        int intakeBefore = before.getInt("phases.find { it.phase == 'INTAKE' }.count");
        int followUpsBefore = before.getList("followUps").size();
        int submittedBefore = before.getInt("openReferrals.submitted");

        String last = unique("Dash");
        var body = new HashMap<String, Object>(Map.of("firstName", "Dash", "lastName", last, "dateOfBirth", "2006-06-06",
                "schoolId", SCHOOL_RIVIER, "consent", consent()));
        String id = as(BROKER_RIVIER).body(body).post("/api/v1/students").then().statusCode(201).extract().path("id");
        // A broker who registers a student takes the case.
        var dueToday = contact("PHONE", 10);
        dueToday.put("followUpOn", LocalDate.now().toString());
        var overdue = contact("PHONE", 10);
        overdue.put("followUpOn", LocalDate.now().minusDays(3).toString());
        as(BROKER_RIVIER).body(dueToday).post("/api/v1/students/" + id + "/contacts").then().statusCode(201);
        String overdueId = as(BROKER_RIVIER).body(overdue).post("/api/v1/students/" + id + "/contacts")
                .then().statusCode(201).extract().path("id");

        as(BROKER_RIVIER).get("/api/v1/students/" + id).then().body("assignedBroker", is("broker.rivier"));
        as(BROKER_WEST).get("/api/v1/caseload").then().body("followUps.studentId", not(hasItem(id)));

        // A referral for the same person links to this file and brings the internship's start date.
        var referral = new HashMap<String, Object>();
        referral.put("organisationId", ORG_RIVIER);
        referral.put("student", Map.of("firstName", "Dash", "lastName", last, "dateOfBirth", "2006-06-06"));
        referral.put("referrer", Map.of("kind", "MENTOR"));
        referral.put("reason", "STUDENT_STRUGGLES");
        referral.put("searchDuration", "NOT_YET");
        referral.put("internshipMustStartBy", LocalDate.now().plusDays(5).toString());
        referral.put("eligibilityAnswers", java.util.List.of(
                Map.of("questionId", "00000000-0000-4000-f000-000000000011", "answer", true),
                Map.of("questionId", "00000000-0000-4000-f000-000000000012", "answer", true)));
        referral.put("consent", Map.of("student", true, "date", LocalDate.now().toString()));
        String rid = as(MENTOR_RIVIER).body(referral).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        as(BROKER_RIVIER).get("/api/v1/caseload").then().body("openReferrals.submitted", is(submittedBefore + 1));
        as(BROKER_RIVIER).body(Map.of()).post("/api/v1/referrals/" + rid + "/accept").then().statusCode(200)
                .body("studentId", is(id));

        as(BROKER_RIVIER).get("/api/v1/caseload").then().statusCode(200)
                .body("scope", is("MINE"))
                .body("phases.find { it.phase == 'INTAKE' }.count", is(intakeBefore + 1))
                .body("followUps.size()", is(followUpsBefore + 2))
                .body("followUps.find { it.contactId == '" + overdueId + "' }.overdue", is(true))
                .body("startingSoon.studentId", hasItem(id))
                .body("openReferrals.submitted", is(submittedBefore));
        as(BROKER_RIVIER).post("/api/v1/contacts/" + overdueId + "/follow-up-done").then().statusCode(200)
                .body("followUpDone", is(true));
        as(BROKER_RIVIER).get("/api/v1/caseload").then().body("followUps.size()", is(followUpsBefore + 1));
        as(BROKER_WEST).post("/api/v1/contacts/" + overdueId + "/follow-up-done").then().statusCode(404);
        as(BROKER_RIVIER).get("/api/v1/students/" + id + "/timeline").then()
                .body("items.kind", hasItem("REFERRAL_ACCEPTED"));
    }

    @Test
    void leadSeesEveryBrokerAgainstCapacity() {
        as(LEAD_WEST).get("/api/v1/caseload").then().statusCode(200)
                .body("scope", is("ORGANISATION")).body("capacityHoursPerWeek", is(64))
                .body("brokers.username", hasItem("broker.west"));
        as(BROKER_WEST).get("/api/v1/caseload").then().statusCode(200)
                .body("brokers", empty()).body("capacityHoursPerWeek", nullValue());
        as(MENTOR_RIVIER).get("/api/v1/caseload").then().statusCode(403);
        anonymous().get("/api/v1/caseload").then().statusCode(401);
        as(LEAD_WEST).get("/api/v1/caseload?quietDays=0").then().statusCode(400).body("errors[0].field", is("quietDays"));
    }
}
