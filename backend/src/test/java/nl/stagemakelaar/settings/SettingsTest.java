package nl.stagemakelaar.settings;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;

/**
 * The organisation's settings (issue 18). Stagepunt West's settings are shared with every other test, so each
 * test puts back what it changed, and a question it adds ends deactivated.
 */
@QuarkusTest
class SettingsTest {

    static final String Q_WEST_AREA = "00000000-0000-4000-f000-000000000001";
    static final String Q_WEST_HAS_PLACE = "00000000-0000-4000-f000-000000000002";
    static final String Q_WEST_SOON = "00000000-0000-4000-f000-000000000003";

    static ExtractableResponse<Response> settings(String user) {
        return as(user).get("/api/v1/settings").then().statusCode(200).extract();
    }

    static Map<String, Object> organisation(ExtractableResponse<Response> s, int noContactDays, Integer followUpDays) {
        var m = new HashMap<String, Object>();
        m.put("kind", s.path("kind"));
        m.put("defaultGuidanceIntensity", s.path("defaultGuidanceIntensity"));
        m.put("noContactDays", noContactDays);
        m.put("followUpDays", followUpDays);
        return m;
    }

    @Test
    void brokersReadLeadsChangeWithAHistory() {
        var before = settings(BROKER_WEST);
        int days = before.path("noContactDays");
        Integer follow = before.path("followUpDays");
        as(BROKER_WEST).header("If-Match", before.header("ETag")).body(organisation(before, 21, follow))
                .put("/api/v1/settings").then().statusCode(403);
        as(MENTOR_DELTA).get("/api/v1/settings").then().statusCode(403);
        anonymous().get("/api/v1/settings").then().statusCode(401);

        var changed = as(LEAD_WEST).header("If-Match", before.header("ETag")).body(organisation(before, 21, follow))
                .put("/api/v1/settings").then().statusCode(200).body("noContactDays", is(21)).extract();
        try {
            // The one read before is stale now.
            as(LEAD_WEST).header("If-Match", before.header("ETag")).body(organisation(before, 30, follow))
                    .put("/api/v1/settings").then().statusCode(412);
            as(LEAD_WEST).get("/api/v1/settings/history").then().statusCode(200)
                    .body("items[0].setting", is("noContactDays")).body("items[0].oldValue", is(String.valueOf(days)))
                    .body("items[0].newValue", is("21")).body("items[0].changedBy", is("lead.west"))
                    .body("items[0].changedByName", is("Lotte de Wit"));
            as(BROKER_WEST).get("/api/v1/settings/history").then().statusCode(403);
            // The dashboard counts quiet students with the organisation's threshold.
            as(BROKER_WEST).get("/api/v1/caseload").then().statusCode(200).body("quietDays", is(21));
            as(BROKER_WEST).get("/api/v1/caseload?quietDays=5").then().statusCode(200).body("quietDays", is(5));
            as(LEAD_WEST).header("If-Match", changed.header("ETag")).body(organisation(before, 0, follow))
                    .put("/api/v1/settings").then().statusCode(400).body("errors[0].field", is("noContactDays"));
        } finally {
            as(LEAD_WEST).header("If-Match", changed.header("ETag")).body(organisation(before, days, follow))
                    .put("/api/v1/settings").then().statusCode(200).body("noContactDays", is(days));
        }
    }

    @Test
    void capacityPerBrokerShowsOnTheLeadsDashboard() {
        var before = settings(LEAD_WEST);
        Integer hours = before.path("staff.find { it.username == 'broker.west' }.hoursPerWeek");
        Integer cases = before.path("staff.find { it.username == 'broker.west' }.maxActiveCases");
        try {
            as(LEAD_WEST).body(Map.of("hoursPerWeek", 24, "maxActiveCases", 500)).put("/api/v1/settings/staff/broker.west")
                    .then().statusCode(200).body("staff.find { it.username == 'broker.west' }.maxActiveCases", is(500));
            var load = as(LEAD_WEST).get("/api/v1/caseload").then().statusCode(200)
                    .body("brokers.find { it.username == 'broker.west' }.hoursPerWeek", is(24))
                    .body("brokers.find { it.username == 'broker.west' }.maxActiveCases", is(500)).extract();
            int active = load.path("brokers.find { it.username == 'broker.west' }.activeCases");
            as(LEAD_WEST).get("/api/v1/caseload").then().body("freeCases", is(500 - active));
            as(LEAD_WEST).get("/api/v1/settings/history").then().body("items[0].setting", is("capacity:broker.west"));
        } finally {
            var body = new HashMap<String, Object>();
            body.put("hoursPerWeek", hours);
            body.put("maxActiveCases", cases);
            as(LEAD_WEST).body(body).put("/api/v1/settings/staff/broker.west").then().statusCode(200);
        }
        as(LEAD_WEST).body(Map.of("maxActiveCases", 5)).put("/api/v1/settings/staff/broker.rivier").then().statusCode(404);
        as(LEAD_WEST).body(Map.of("maxActiveCases", -1)).put("/api/v1/settings/staff/broker.west").then().statusCode(400)
                .body("errors[0].field", is("maxActiveCases"));
        as(BROKER_WEST).body(Map.of("maxActiveCases", 5)).put("/api/v1/settings/staff/broker.west").then().statusCode(403);
    }

    @Test
    void theChecklistIsEditedAndAReferralKeepsTheWordingItAnswered() {
        String text = unique("Is de student ingeschreven bij een mbo-school? ");
        String id = as(LEAD_WEST).body(Map.of("text", text, "qualifyingAnswer", true)).post("/api/v1/settings/checklist")
                .then().statusCode(200).extract().path("checklist.find { it.text == '" + text + "' }.id");
        try {
            // A referral now has to answer the new question too.
            var referral = westRegistration(List.of(answer(Q_WEST_AREA, true), answer(Q_WEST_HAS_PLACE, false),
                    answer(Q_WEST_SOON, true)));
            as(BROKER_WEST).body(referral).post("/api/v1/referrals").then().statusCode(400)
                    .body("errors[0].field", is("eligibilityAnswers"));
            referral.put("eligibilityAnswers", List.of(answer(Q_WEST_AREA, true), answer(Q_WEST_HAS_PLACE, false),
                    answer(Q_WEST_SOON, true), answer(id, false)));
            String referralId = as(BROKER_WEST).body(referral).post("/api/v1/referrals").then().statusCode(201)
                    .body("eligibilityFailures", is(1)).extract().path("id");

            // The lead rewords it and flips the qualifying answer; the referral keeps what was asked then.
            String reworded = text + " (nieuw)";
            int version = settings(LEAD_WEST).path("checklist.find { it.id == '" + id + "' }.version");
            as(LEAD_WEST).header("If-Match", "\"" + version + "\"").body(Map.of("text", reworded, "qualifyingAnswer", false))
                    .put("/api/v1/settings/checklist/" + id).then().statusCode(200)
                    .body("checklist.find { it.id == '" + id + "' }.text", is(reworded));
            as(LEAD_WEST).header("If-Match", "\"" + version + "\"").body(Map.of("text", reworded, "qualifyingAnswer", false))
                    .put("/api/v1/settings/checklist/" + id).then().statusCode(412);
            as(BROKER_WEST).get("/api/v1/referrals/" + referralId).then().statusCode(200)
                    .body("eligibility.find { it.questionId == '" + id + "' }.text", is(text))
                    .body("eligibility.find { it.questionId == '" + id + "' }.qualifies", is(false));

            // Reordering puts it first; every active question must be named once.
            var ids = List.of(id, Q_WEST_AREA, Q_WEST_HAS_PLACE, Q_WEST_SOON);
            as(LEAD_WEST).body(Map.of("ids", ids)).put("/api/v1/settings/checklist/order").then().statusCode(200)
                    .body("checklist[0].id", is(id));
            as(LEAD_WEST).body(Map.of("ids", List.of(id))).put("/api/v1/settings/checklist/order").then().statusCode(400)
                    .body("errors[0].field", is("ids"));
            as(BROKER_WEST).get("/api/v1/referral-targets").then().body("[0].questions[0].id", is(id));
            as(LEAD_WEST).get("/api/v1/settings/history").then().body("items.setting", hasItems("checklistOrder",
                    "checklist:" + id));
        } finally {
            var s = settings(LEAD_WEST);
            int version = s.path("checklist.find { it.id == '" + id + "' }.version");
            String current = s.path("checklist.find { it.id == '" + id + "' }.text");
            as(LEAD_WEST).header("If-Match", "\"" + version + "\"")
                    .body(Map.of("text", current, "qualifyingAnswer", false, "active", false))
                    .put("/api/v1/settings/checklist/" + id).then().statusCode(200);
            as(LEAD_WEST).body(Map.of("ids", List.of(Q_WEST_AREA, Q_WEST_HAS_PLACE, Q_WEST_SOON)))
                    .put("/api/v1/settings/checklist/order").then().statusCode(200);
        }
        // Another organisation's question is out of reach.
        as(LEAD_WEST).header("If-Match", "\"0\"").body(Map.of("text", "Overgenomen?", "qualifyingAnswer", true))
                .put("/api/v1/settings/checklist/00000000-0000-4000-f000-000000000011").then().statusCode(404);
    }

    @Test
    void theSchoolsServedAreChosenByTheLead() {
        List<String> served = settings(LEAD_WEST).path("schools.id");
        try {
            as(LEAD_WEST).body(Map.of("schoolIds", List.of(SCHOOL_DELTA))).put("/api/v1/settings/schools").then()
                    .statusCode(200).body("schools.id", contains(SCHOOL_DELTA));
            // A mentor of a school no longer served cannot refer to the desk any more.
            as(BROKER_WEST).get("/api/v1/schools").then().body("items.id", not(hasItem(SCHOOL_NOORDKADE)));
            as(LEAD_WEST).get("/api/v1/settings/history").then().body("items[0].setting", is("schools"));
        } finally {
            as(LEAD_WEST).body(Map.of("schoolIds", served)).put("/api/v1/settings/schools").then().statusCode(200);
        }
        as(LEAD_WEST).body(Map.of("schoolIds", List.of())).put("/api/v1/settings/schools").then().statusCode(400)
                .body("errors[0].field", is("schoolIds"));
        // A null inside a list, and lists of bodies without text fields (the fuzz covers the text ones).
        as(LEAD_WEST).body("{\"schoolIds\": [null]}").put("/api/v1/settings/schools").then().statusCode(400)
                .contentType("application/problem+json");
        as(LEAD_WEST).body("{\"ids\": [null]}").put("/api/v1/settings/checklist/order").then().statusCode(400)
                .contentType("application/problem+json");
        as(LEAD_WEST).body("{\"maxActiveCases\": 1001}").put("/api/v1/settings/staff/broker.west").then().statusCode(400)
                .body("errors[0].field", is("maxActiveCases"));
        as(LEAD_WEST).body(Map.of("schoolIds", List.of("00000000-0000-4000-b000-00000000ffff")))
                .put("/api/v1/settings/schools").then().statusCode(400).body("errors[0].field", is("schoolIds[0]"));
        as(BROKER_WEST).body(Map.of("schoolIds", List.of(SCHOOL_DELTA))).put("/api/v1/settings/schools").then().statusCode(403);
    }

    static Map<String, Object> answer(String questionId, boolean answer) {
        return Map.of("questionId", questionId, "answer", answer);
    }

    static Map<String, Object> westRegistration(List<Map<String, Object>> answers) {
        var m = new HashMap<String, Object>();
        m.put("schoolId", SCHOOL_DELTA);
        m.put("student", Map.of("firstName", "Check", "lastName", unique("Lijst"), "dateOfBirth", "2006-01-01"));
        m.put("referrer", Map.of("kind", "STUDENT"));
        m.put("channel", "PHONE");
        m.put("reason", "WANTS_TO_LEARN");
        m.put("searchDuration", "NOT_YET");
        m.put("eligibilityAnswers", answers);
        m.put("consent", Map.of("student", true, "date", LocalDate.now().toString()));
        return m;
    }
}
