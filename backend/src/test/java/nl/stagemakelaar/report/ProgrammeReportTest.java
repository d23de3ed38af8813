package nl.stagemakelaar.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.stagemakelaar.support.Fixtures;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The programme report counts what the test creates: the figures before and after differ by exactly the known
 * answers (other tests add data to the same organisations, so the test compares, it does not assume an empty one).
 */
@QuarkusTest
class ProgrammeReportTest {

    static final String TODAY = LocalDate.now().toString();
    /** The report's days are Dutch days: around midnight the date there is not the server's (UTC). */
    static final String REPORT_DAY = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString();

    @Inject EntityManager em;

    static JsonPath report(String user) {
        return report(user, false);
    }

    /** refresh: the organisation's figures of now (a lead's report is otherwise the one kept from minutes ago). */
    static JsonPath report(String user, boolean refresh) {
        return as(user).queryParam("from", REPORT_DAY).queryParam("to", REPORT_DAY).queryParam("refresh", refresh)
                .get("/api/v1/reports/programme").then().statusCode(200).extract().jsonPath();
    }

    static double value(JsonPath r, String figure, String key, int column) {
        List<Double> values = r.getList("figures.find { it.id == '" + figure + "' }.rows.find { it.key == '" + key + "' }.values",
                Double.class);
        return values == null || values.isEmpty() ? 0 : values.get(column);
    }

    static String student(Map<String, Object> extra) {
        var body = new HashMap<String, Object>(Map.of("firstName", "Rapport", "lastName", unique("Test"), "dateOfBirth", "2006-06-06",
                "schoolId", SCHOOL_RIVIER, "consent", consent()));
        body.putAll(extra);
        return as(BROKER_RIVIER).body(body).post("/api/v1/students").then().statusCode(201).extract().path("id");
    }

    static void contacts(String student, int n) {
        for (int i = 0; i < n; i++) {
            as(BROKER_RIVIER).body(Map.of("channel", "PHONE", "party", "STUDENT", "minutes", 30))
                    .post("/api/v1/students/" + student + "/contacts").then().statusCode(201);
        }
    }

    static void answer(String student, String moment, int value) {
        String link = as(BROKER_RIVIER).body(Map.of("moment", moment)).post("/api/v1/students/" + student + "/surveys").then()
                .statusCode(201).extract().path("link");
        String token = link.substring(link.indexOf("/s#") + 3);
        JsonPath form = RestAssured.given().contentType("application/json").body(Map.of("token", token)).post("/api/v1/surveys/open").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = form.getList("sections.items.flatten()");
        var answers = items.stream().map(i -> "SCALE".equals(i.get("kind")) ? Map.of("itemId", i.get("id"), "value", value)
                : Map.of("itemId", i.get("id"), "choice", ((List<Map<String, Object>>) i.get("options")).get(0).get("code"))).toList();
        RestAssured.given().contentType("application/json").body(Map.of("token", token, "answers", answers)).post("/api/v1/surveys/answers")
                .then().statusCode(204);
    }

    @Test
    void theOrganisationsReportIsKeptUntilALeadAsksForNowAndABrokersIsAlwaysNow() {
        JsonPath computed = report(LEAD_WEST, true);
        as(BROKER_WEST).body(Map.of("firstName", "Bewaard", "lastName", unique("Rapport"), "dateOfBirth", "2006-06-06",
                "schoolId", SCHOOL_DELTA, "consent", consent())).post("/api/v1/students").then().statusCode(201);

        JsonPath kept = report(LEAD_WEST);
        assertEquals(computed.getString("computedAt"), kept.getString("computedAt"));
        assertEquals(computed.getList("figures"), kept.getList("figures"), "the kept figures, without the new student");

        JsonPath now = report(LEAD_WEST, true);
        assertEquals(1, value(now, "participants", "UNKNOWN", 0) - value(computed, "participants", "UNKNOWN", 0));
        assertTrue(OffsetDateTime.parse(now.getString("computedAt")).isAfter(OffsetDateTime.parse(computed.getString("computedAt"))));
        JsonPath keptNow = report(LEAD_WEST);
        assertEquals(now.getString("computedAt"), keptNow.getString("computedAt"), "what the refresh computed is kept");
        assertEquals(now.getList("figures"), keptNow.getList("figures"));

        JsonPath mine = report(BROKER_WEST);
        assertEquals("MINE", mine.getString("scope"));
        assertTrue(OffsetDateTime.parse(mine.getString("computedAt")).isAfter(OffsetDateTime.parse(now.getString("computedAt"))),
                "a broker's own report is computed on request");
        as(LEAD_WEST).queryParam("refresh", "soon").get("/api/v1/reports/programme").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("refresh"));
    }

    @Test
    void twoLeadsAskingAtOnceShareOneComputation() throws Exception {
        // A day nobody asked for before (kept reports of earlier runs would answer both).
        String day = LocalDate.of(2010, 1, 1).plusDays(new java.util.Random().nextInt(3000)).toString();
        java.util.concurrent.Callable<String> ask = () -> as(LEAD_WEST).queryParam("from", day).queryParam("to", day)
                .get("/api/v1/reports/programme").then().statusCode(200).extract().path("computedAt");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var answers = pool.invokeAll(List.of(ask, ask));
            assertEquals(answers.get(0).get(), answers.get(1).get(), "the second waited for the first and read what it kept");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theFiguresCountWhatHappenedAndALeadSeesOnlyTheirOrganisation() {
        JsonPath before = report(BROKER_RIVIER);
        JsonPath westBefore = report(LEAD_WEST, true);
        assertEquals("MINE", before.getString("scope"));
        String placed = student(Map.of("programmeId", PROGRAMME_RETAIL_2));
        String havo = student(Map.of("educationLevel", "HAVO"));
        String stopped = student(Map.of());
        try {
            contacts(placed, 2);
            contacts(havo, 5);
            // An internship run and completed, then the case closed with a diploma.
            var body = new HashMap<>(Fixtures.proposal(placed, null));
            body.put("employerId", Fixtures.employer(BROKER_RIVIER, Map.of()));
            String pl = as(BROKER_RIVIER).body(body).post("/api/v1/placements").then().statusCode(201).extract().path("id");
            for (String step : new String[] {"accept", "start", "complete"}) {
                as(BROKER_RIVIER).body(step.equals("complete") ? Map.of() : Map.of("startDate", TODAY))
                        .post("/api/v1/placements/" + pl + "/" + step).then().statusCode(200);
            }
            as(BROKER_RIVIER).body(Map.of("placementOutcome", "PLACED_EXTERNALLY", "educationOutcome", "DIPLOMA", "reason", "Klaar"))
                    .post("/api/v1/students/" + placed + "/closure").then().statusCode(201);
            as(BROKER_RIVIER).body(Map.of("placementOutcome", "NOT_PLACED", "educationOutcome", "STOPPED", "reason", "Gestopt"))
                    .post("/api/v1/students/" + stopped + "/closure").then().statusCode(201);
            answer(havo, "BEFORE", 3);
            answer(havo, "AFTER", 5);

            JsonPath after = report(BROKER_RIVIER);
            assertEquals(1, value(after, "participants", "MBO_2", 0) - value(before, "participants", "MBO_2", 0));
            assertEquals(1, value(after, "participants", "MBO_2", 1) - value(before, "participants", "MBO_2", 1), "completed guidance");
            assertEquals(1, value(after, "participants", "HAVO", 0) - value(before, "participants", "HAVO", 0));
            assertEquals(1, value(after, "participants", "UNKNOWN", 0) - value(before, "participants", "UNKNOWN", 0));
            for (String outcome : List.of("PLACED_EXTERNALLY", "NOT_PLACED", "STOPPED_OR_SWITCHED", "DIPLOMA")) {
                assertEquals(1, value(after, "outcomes", outcome, 0) - value(before, "outcomes", outcome, 0), outcome);
            }
            assertEquals(0, value(after, "outcomes", "FOUND_THEMSELVES", 0) - value(before, "outcomes", "FOUND_THEMSELVES", 0));
            // The student's own answers (first option of each question) behind figures 2.1-2.4.
            assertEquals(1, value(after, "reasons", "OWN_DIFFICULTY", 0) - value(before, "reasons", "OWN_DIFFICULTY", 0));
            assertEquals(1, value(after, "searchDuration", "NOT_YET", 0) - value(before, "searchDuration", "NOT_YET", 0));
            assertEquals(1, value(after, "discrimination", "CERTAINLY_NOT", 0) - value(before, "discrimination", "CERTAINLY_NOT", 0));
            assertEquals(1, value(after, "firstChannel", "MENTOR", 0) - value(before, "firstChannel", "MENTOR", 0));
            assertEquals(6, after.getList("figures.find { it.id == 'firstChannel' }.rows").size(), "every option listed, also with zero");
            // Contacts per student: 2 → 1-3, 5 → 4-5, none → 0.
            assertEquals(1, value(after, "contacts", "1-3", 0) - value(before, "contacts", "1-3", 0));
            assertEquals(1, value(after, "contacts", "4-5", 0) - value(before, "contacts", "4-5", 0));
            assertEquals(1, value(after, "contacts", "0", 0) - value(before, "contacts", "0", 0));
            assertEquals(1, value(after, "satisfaction", "BROKER_MOTIVATED", 0) - value(before, "satisfaction", "BROKER_MOTIVATED", 0));
            assertEquals(1, value(after, "satisfaction", "BROKER_MOTIVATED", 6) - value(before, "satisfaction", "BROKER_MOTIVATED", 6),
                    "one more 5");
            for (String step : List.of("PARTICIPANTS", "PROPOSED", "PLACED", "COMPLETED")) {
                double extra = step.equals("PARTICIPANTS") ? 3 : 1;
                assertEquals(extra, value(after, "funnel", step, 0) - value(before, "funnel", step, 0), step);
            }
            // Time: the placed student's 60 minutes count for the placed-externally outcome.
            assertEquals(1, value(after, "time", "PLACED_EXTERNALLY", 0) - value(before, "time", "PLACED_EXTERNALLY", 0));
            assertTrue(value(after, "time", "PLACED_EXTERNALLY", 1) > 0);
            assertEquals(1, value(after, "time", "PER_COMPLETED", 0) - value(before, "time", "PER_COMPLETED", 0));

            // Another organisation's lead: nothing moved.
            JsonPath westAfter = report(LEAD_WEST, true);
            assertEquals(westBefore.getList("figures.find { it.id == 'participants' }.rows.values"),
                    westAfter.getList("figures.find { it.id == 'participants' }.rows.values"));
            assertEquals("ORGANISATION", westAfter.getString("scope"));
            assertTrue(westAfter.getList("figures.id").contains("brokers"), "a lead sees the brokers' load");
            assertTrue(!after.getList("figures.id").contains("brokers"), "a broker does not");
            as(BROKER_RIVIER).queryParam("from", TODAY).queryParam("to", "2020-01-01").get("/api/v1/reports/programme").then()
                    .statusCode(400);
            as(MENTOR_RIVIER).get("/api/v1/reports/programme").then().statusCode(403);
        } finally {
            // The development report of another test counts Rivier's pairs of today: leave none behind.
            QuarkusTransaction.requiringNew().run(() -> {
                UUID id = UUID.fromString(havo);
                em.createNativeQuery("delete from survey_answer where response_id in (select id from survey_response where student_id = :s)")
                        .setParameter("s", id).executeUpdate();
                em.createNativeQuery("delete from survey_response where student_id = :s").setParameter("s", id).executeUpdate();
            });
        }
    }
}
