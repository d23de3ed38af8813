package nl.stagemakelaar.survey;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.stagemakelaar.support.Db;
import nl.stagemakelaar.support.Fixtures;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static nl.stagemakelaar.support.Surveys.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Personal links that work once, answers linked to the student, and the development of a cohort with known answers. */
@QuarkusTest
class SelfAssessmentTest {

    static final String TODAY = LocalDate.now().toString();

    @Inject EntityManager em;
    @Inject MockMailbox mailbox;

    @Test
    void aPersonalLinkShowsTheQuestionnaireWorksOnceAndRefusesClearly() {
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        as(BROKER_WEST).get("/api/v1/students/" + student + "/surveys").then().statusCode(200)
                .body("status", contains("NOT_SENT", "NOT_SENT"));
        String token = link(BROKER_WEST, student, "BEFORE");
        JsonPath form = form(token);
        assertEquals("Plaats", form.getString("firstName"));
        assertEquals("BEFORE", form.getString("moment"));
        assertEquals(List.of("BACKGROUND", "SELF_INSIGHT", "MOTIVATION", "SELF_CONFIDENCE", "ATTITUDE", "COMMUNICATION", "LANGUAGE"),
                form.getList("sections.theme"));
        assertEquals("Ik weet goed wat ik kan", form.getString("sections[1].items[0].text"));
        assertFalse(form.prettify().contains(student), "the page carries nothing of the file but the first name");

        // Forged and malformed links: 404, nothing to see.
        RestAssured.given().contentType("application/json").body(Map.of("token", "A".repeat(43))).post("/api/v1/surveys/open").then().statusCode(404).contentType("application/problem+json");
        RestAssured.given().contentType("application/json").body(Map.of("token", "x")).post("/api/v1/surveys/open").then().statusCode(404);
        answer("B".repeat(43), answers(form, 3, Map.of()), 404);

        // Incomplete or wrong answers are refused and store nothing.
        var all = answers(form, 3, Map.of());
        answer(token, all.subList(0, 5), 400);
        var tooHigh = new ArrayList<>(all);
        tooHigh.set(4, Map.of("itemId", all.get(4).get("itemId"), "value", 6));
        RestAssured.given().contentType("application/json").body(Map.of("token", token, "answers", tooHigh)).post("/api/v1/surveys/answers")
                .then().statusCode(400).body("errors[0].field", is("answers[4].value"));
        var badChoice = new ArrayList<>(all);
        badChoice.set(0, Map.of("itemId", all.get(0).get("itemId"), "choice", "MARS"));
        RestAssured.given().contentType("application/json").body(Map.of("token", token, "answers", badChoice)).post("/api/v1/surveys/answers")
                .then().statusCode(400).body("errors[0].field", is("answers[0].choice"));
        as(BROKER_WEST).get("/api/v1/students/" + student + "/surveys").then().body("status", contains("SENT", "NOT_SENT"));

        answer(token, all, 204);
        as(BROKER_WEST).get("/api/v1/students/" + student + "/surveys").then()
                .body("[0].status", is("ANSWERED")).body("[0].answeredAt", notNullValue());
        // Used: the link and a second answer are refused, and the broker cannot send this moment again.
        RestAssured.given().contentType("application/json").body(Map.of("token", token)).post("/api/v1/surveys/open").then().statusCode(409).body("type", endsWith("survey-answered"));
        answer(token, all, 409);
        as(BROKER_WEST).body(Map.of("moment", "BEFORE")).post("/api/v1/students/" + student + "/surveys").then().statusCode(409);
        as(BROKER_WEST).get("/api/v1/students/" + student + "/timeline").then()
                .body("items.kind", hasItems("SURVEY_SENT", "SURVEY_ANSWERED"))
                .body("items.find { it.kind == 'SURVEY_ANSWERED' }.actor", is("student"));
        // Another organisation's broker does not reach the student.
        as(BROKER_RIVIER).get("/api/v1/students/" + student + "/surveys").then().statusCode(404);
        as(BROKER_RIVIER).body(Map.of("moment", "AFTER")).post("/api/v1/students/" + student + "/surveys").then().statusCode(404);
    }

    @Test
    void theLinkCanBeEmailedFromTheSystemOnlyToTheStudentsOwnAddress() {
        String email = unique("sanne") + "@example.nl";
        String student = as(BROKER_WEST).body(Map.of("firstName", "Sanne", "lastName", unique("Mail"), "dateOfBirth", "2006-06-06",
                "schoolId", SCHOOL_DELTA, "email", email, "consent", consent())).post("/api/v1/students").then().statusCode(201)
                .extract().path("id");
        mailbox.clear();
        String link = as(BROKER_WEST).body(Map.of("moment", "BEFORE", "sendEmail", true)).post("/api/v1/students/" + student + "/surveys")
                .then().statusCode(201).body("emailedTo", is(email)).extract().path("link");
        var mails = mailbox.getMailsSentTo(email);
        assertEquals(1, mails.size(), "one mail, to the student's own address");
        assertTrue(mails.get(0).getText().contains(link), "the mail carries the personal link");
        assertTrue(mails.get(0).getText().startsWith("Hoi Sanne,"), mails.get(0).getText());
        assertEquals("Sanne", form(link.substring(link.indexOf("/s#") + 3)).getString("firstName"));
        as(BROKER_WEST).get("/api/v1/students/" + student + "/timeline").then()
                .body("items.find { it.kind == 'SURVEY_SENT' }.detail", is("BEFORE · e-mail"));
        // Without the flag nothing is mailed; a student without an address cannot be mailed (and nothing is made).
        as(BROKER_WEST).body(Map.of("moment", "AFTER")).post("/api/v1/students/" + student + "/surveys").then().statusCode(201)
                .body("emailedTo", nullValue());
        assertEquals(1, mailbox.getMailsSentTo(email).size());
        String noAddress = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        as(BROKER_WEST).body(Map.of("moment", "BEFORE", "sendEmail", true)).post("/api/v1/students/" + noAddress + "/surveys").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", is("sendEmail"));
        as(BROKER_WEST).get("/api/v1/students/" + noAddress + "/surveys").then().body("status", contains("NOT_SENT", "NOT_SENT"));
        as(BROKER_RIVIER).body(Map.of("moment", "BEFORE", "sendEmail", true)).post("/api/v1/students/" + student + "/surveys").then().statusCode(404);
    }

    @Test
    void anExpiredLinkIsRefusedAndANewOneReplacesIt() {
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        String old = link(BROKER_WEST, student, "AFTER");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update survey_invitation set expires_at = now() - interval '1 minute' where student_id = :s")
                .setParameter("s", UUID.fromString(student)).executeUpdate());
        RestAssured.given().contentType("application/json").body(Map.of("token", old)).post("/api/v1/surveys/open").then().statusCode(410).body("type", endsWith("survey-expired"));
        answer(old, List.of(Map.of("itemId", UUID.randomUUID().toString(), "value", 3)), 410);
        as(BROKER_WEST).get("/api/v1/students/" + student + "/surveys").then().body("[1].status", is("EXPIRED"));
        String fresh = link(BROKER_WEST, student, "AFTER");
        RestAssured.given().contentType("application/json").body(Map.of("token", old)).post("/api/v1/surveys/open").then().statusCode(404);
        assertEquals("AFTER", form(fresh).getString("moment"));
        assertTrue(form(fresh).getList("sections.theme").contains("SATISFACTION_BROKER"));
    }

    /**
     * A student of broker.rivier, added to {@code made} at once (so a failed step is cleaned up too), who answered
     * every statement {@code before}, then {@code after} (or as given per code).
     */
    static void assessed(List<String> made, int before, int after, Map<String, Integer> afterPerCode) {
        String student = Fixtures.student(BROKER_RIVIER, SCHOOL_RIVIER, null);
        made.add(student);
        String first = link(BROKER_RIVIER, student, "BEFORE");
        answer(first, answers(form(first), before, Map.of()), 204);
        String second = link(BROKER_RIVIER, student, "AFTER");
        answer(second, answers(form(second), after, afterPerCode), 204);
    }

    /** Runs again on the same database: a test's pairs leave with it, so the next run's cohort is its own. */
    void forgetAnswers(List<String> students) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String s : students) {
                UUID id = UUID.fromString(s);
                em.createNativeQuery("delete from survey_answer where response_id in (select id from survey_response where student_id = :s)")
                        .setParameter("s", id).executeUpdate();
                em.createNativeQuery("delete from survey_response where student_id = :s").setParameter("s", id).executeUpdate();
            }
        });
    }

    @Test
    void developmentPerStatementAndThemeForACohortWithKnownAnswers() {
        // Three students of broker.rivier: before 2 → after 4, 3 → 3, 4 → 5 on every statement.
        int[][] scores = {{2, 4}, {3, 3}, {4, 5}};
        List<String> made = new ArrayList<>();
        var westBefore = as(LEAD_WEST).queryParam("from", TODAY).get("/api/v1/reports/development").then().statusCode(200)
                .extract().jsonPath();
        try {
            for (int[] s : scores) {
                assessed(made, s[0], s[1], Map.of());
            }
            JsonPath r = as(BROKER_RIVIER).queryParam("from", TODAY).get("/api/v1/reports/development").then().statusCode(200)
                    .extract().jsonPath();
            assertEquals("MINE", r.getString("scope"));
            assertEquals(3, r.getInt("students"));
            var line = "statements.find { it.code == 'SELF_INSIGHT_HOW' }.";
            assertEquals(3, r.getInt(line + "pairs"));
            assertEquals(3.0, r.getDouble(line + "meanBefore"));
            assertEquals(4.0, r.getDouble(line + "meanAfter"));
            assertEquals(1.0, r.getDouble(line + "meanDifference"));
            // Differences +2, 0, +1: the zero is dropped, ranks 2 and 1 both positive; exact two-sided p = 2 · 1/4.
            assertEquals(2, r.getInt(line + "changed"));
            assertEquals(0.5, r.getDouble(line + "pValue"));
            assertEquals(1.0, r.getDouble(line + "effectSize"));
            assertTrue(r.getBoolean(line + "exact"));
            // Only statements asked at both moments are paired; the themes are the student's mean per theme.
            assertEquals(List.of("SELF_INSIGHT", "MOTIVATION", "SELF_CONFIDENCE", "ATTITUDE", "COMMUNICATION", "LANGUAGE"),
                    r.getList("themes.theme"));
            assertEquals(18, r.getList("statements").size());
            assertEquals(3.0, r.getDouble("themes[0].meanBefore"));
            assertEquals(0, as(BROKER_RIVIER).queryParam("from", TODAY).queryParam("level", 4).get("/api/v1/reports/development")
                    .then().statusCode(200).extract().jsonPath().getInt("students"), "no programme at level 4");
            // The other organisation's lead sees none of it.
            var westAfter = as(LEAD_WEST).queryParam("from", TODAY).get("/api/v1/reports/development").then().extract().jsonPath();
            assertEquals(westBefore.getInt("students"), westAfter.getInt("students"));
            as(BROKER_RIVIER).queryParam("from", TODAY).queryParam("to", "2020-01-01").get("/api/v1/reports/development").then()
                    .statusCode(400).body("errors[0].field", is("to"));
            as(BROKER_RIVIER).queryParam("level", 7).get("/api/v1/reports/development").then().statusCode(400)
                    .body("errors[0].field", is("level"));
            as(MENTOR_RIVIER).get("/api/v1/reports/development").then().statusCode(403);
        } finally {
            forgetAnswers(made);
        }
    }

    @Test
    void aBeforeAnsweredAfterTheAfterStillMakesThePairForTheLeadAndTheBroker() {
        // The pair is made when its second answer arrives (V44), whichever moment that is. The lead without a
        // filter reads the answers alone; with a filter, and the broker for their own, the students are joined.
        List<String> made = new ArrayList<>();
        try {
            String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
            made.add(student);
            String after = link(BROKER_WEST, student, "AFTER");
            answer(after, answers(form(after), 5, Map.of()), 204);
            String intensity = as(BROKER_WEST).get("/api/v1/students/" + student).then().extract().path("guidanceIntensity");
            Map<String, Object> own = Map.of("guidanceIntensity", intensity);
            Map<String, Object> other = Map.of("guidanceIntensity", "INTENSIVE".equals(intensity) ? "PLACEMENT_ONLY" : "INTENSIVE");
            JsonPath lead = development(LEAD_WEST, Map.of()), broker = development(BROKER_WEST, Map.of());
            JsonPath filtered = development(LEAD_WEST, own), notHers = development(LEAD_WEST, other);
            String first = link(BROKER_WEST, student, "BEFORE");
            answer(first, answers(form(first), 1, Map.of("SELF_INSIGHT_HOW", 2)), 204);

            var line = "statements.find { it.code == 'SELF_INSIGHT_HOW' }.";
            for (var seen : List.of(Map.entry(lead, development(LEAD_WEST, Map.of())),
                    Map.entry(broker, development(BROKER_WEST, Map.of())), Map.entry(filtered, development(LEAD_WEST, own)))) {
                JsonPath was = seen.getKey(), now = seen.getValue();
                assertEquals(was.getInt("students") + 1, now.getInt("students"));
                assertEquals(number(was, line + "pairs") + 1, number(now, line + "pairs"));
                assertEquals(number(was, line + "changed") + 1, number(now, line + "changed"));
            }
            JsonPath stillNotHers = development(LEAD_WEST, other);
            assertEquals(notHers.getInt("students"), stillNotHers.getInt("students"));
            assertEquals(number(notHers, line + "pairs"), number(stillNotHers, line + "pairs"));
        } finally {
            forgetAnswers(made);
        }
    }

    @Test
    void bothQuestionnairesAnsweredAtOnceStillMakeThePairs() throws Exception {
        // Two transactions of the application's role: the "after" answers written and not yet committed while the
        // "before" answers are written. Without waiting for each other neither would see the other's answers.
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        ExecutorService second = Executors.newSingleThreadExecutor();
        try (Connection after = answering(student, "AFTER", 4)) {
            Future<Connection> before = second.submit(() -> answering(student, "BEFORE", 2));
            try {
                before.get(1, TimeUnit.SECONDS).commit();
            } catch (TimeoutException waiting) {
                // Waiting for the first to commit, as it should: let it.
            }
            after.commit();
            try (Connection c = before.get(10, TimeUnit.SECONDS)) {
                c.commit();
            }
        } finally {
            second.shutdownNow();
        }
        try {
            String paired = "from survey_answer a join survey_response r on r.id = a.response_id"
                    + " where r.student_id = '" + student + "' and r.moment = 'AFTER'";
            assertEquals(18, Db.count("select count(*) " + paired + " and a.before_value = 2"), "every statement asked at both moments");
            assertEquals(18, Db.count("select count(*) " + paired + " and a.before_value is not null"));
        } finally {
            forgetAnswers(List.of(student));
        }
    }

    /** A connection of the application's role, scoped to West, that has written a response of every statement at {@code scale}. */
    static Connection answering(String student, String moment, int scale) throws SQLException {
        Connection c = Db.asApp();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("select app_enter(false, '" + ORG_WEST + "', null, null, 'probe', 'broker')");
            UUID response = UUID.randomUUID();
            st.executeUpdate("insert into survey_response (id, organisation_id, student_id, moment, instrument_id, submitted_at)"
                    + " select '" + response + "', s.organisation_id, s.id, '" + moment + "', n.id, now()"
                    + " from student s, survey_instrument n where s.id = '" + student + "' and n.moment = '" + moment + "' and n.active");
            st.executeUpdate("insert into survey_answer (response_id, organisation_id, item_id, item_code, scale_value, choice)"
                    + " select r.id, r.organisation_id, i.id, i.code, case when i.kind = 'SCALE' then " + scale + " end,"
                    + " case when i.kind = 'CHOICE' then i.options -> 0 ->> 'code' end"
                    + " from survey_response r join survey_item i on i.instrument_id = r.instrument_id where r.id = '" + response + "'");
        }
        return c;
    }

    /** A line's count, 0 when the line is not there (no pairs for it yet). */
    static int number(JsonPath r, String path) {
        Number n = r.get(path);
        return n == null ? 0 : n.intValue();
    }

    /** The report from today on, the "after" given today. */
    static JsonPath development(String user, Map<String, Object> filter) {
        return as(user).queryParam("from", TODAY).queryParams(filter).get("/api/v1/reports/development").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aThemesEqualMeanDifferencesAreTiesInTheTest() {
        // Motivation has three statements; each student changes one of them by one point, so the theme mean moves
        // by +1/3, +1/3 and -1/3. Taken from different sums (3 -> 4, 6 -> 7, 9 -> 8), the same third is not the same
        // double when the two means are subtracted; the test must still see three ties: W+ = 2 + 2, W- = 2.
        int[][] scores = {{1, 2}, {2, 3}, {3, 2}};
        List<String> made = new ArrayList<>();
        try {
            for (int[] s : scores) {
                assessed(made, s[0], s[0], Map.of("MOTIVATION_TASKS", s[1]));
            }
            JsonPath r = as(BROKER_RIVIER).queryParam("from", TODAY).get("/api/v1/reports/development").then().statusCode(200)
                    .extract().jsonPath();
            var theme = "themes.find { it.theme == 'MOTIVATION' }.";
            assertEquals(3, r.getInt(theme + "changed"));
            assertEquals(0.333, r.getDouble(theme + "effectSize"));
            assertEquals(1.0, r.getDouble(theme + "pValue"));
            assertEquals(0.11, r.getDouble(theme + "meanDifference"));
            var statement = "statements.find { it.code == 'MOTIVATION_TASKS' }.";
            assertEquals(0.333, r.getDouble(statement + "effectSize"));
            assertEquals(0, r.getInt("themes.find { it.theme == 'SELF_INSIGHT' }.changed"));
        } finally {
            forgetAnswers(made);
        }
    }

    @Test
    void aMissingAfterAssessmentIsATaskOnTheDashboardUntilAnswered() {
        // Registered by the lead, the student is nobody's case: the task is on broker.west's list once assigned.
        String student = Fixtures.student(LEAD_WEST, SCHOOL_DELTA, null);
        var body = new HashMap<>(Fixtures.proposal(student, null));
        body.put("employerId", Fixtures.employer(BROKER_WEST, Map.of()));
        String placement = Fixtures.runningInternship(body);
        as(BROKER_WEST).body(Map.of()).post("/api/v1/placements/" + placement + "/complete").then().statusCode(200);
        assertFalse(as(BROKER_WEST).get("/api/v1/caseload").then().extract().jsonPath().getList("surveysMissing.studentId").contains(student));
        as(LEAD_WEST).body(Map.of("broker", "broker.west")).post("/api/v1/students/" + student + "/assignment").then().statusCode(200);
        List<String> missing = as(BROKER_WEST).get("/api/v1/caseload").then().extract().jsonPath().getList("surveysMissing.studentId");
        assertTrue(missing.contains(student));
        String token = link(BROKER_WEST, student, "AFTER");
        assertTrue(as(BROKER_WEST).get("/api/v1/caseload").then().extract().jsonPath()
                .getString("surveysMissing.find { it.studentId == '" + student + "' }.linkSentAt") != null, "the link went out");
        answer(token, answers(form(token), 4, Map.of()), 204);
        assertFalse(as(BROKER_WEST).get("/api/v1/caseload").then().extract().jsonPath().getList("surveysMissing.studentId").contains(student));
    }
}
