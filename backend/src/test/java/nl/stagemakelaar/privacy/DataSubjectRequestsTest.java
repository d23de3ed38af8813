package nl.stagemakelaar.privacy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipInputStream;
import nl.stagemakelaar.support.Fixtures;
import nl.stagemakelaar.support.Surveys;
import nl.stagemakelaar.support.Tokens;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** A student's data on request (export, erasure) and the retention period that erases closed cases by itself. */
@QuarkusTest
class DataSubjectRequestsTest {

    static final String NOTE = "Vader werkloos, zorgt voor broertjes";

    @Inject EntityManager em;
    @Inject RetentionJob retention;

    /** A student with an intake, a confidential contact, an application's note, a guardian and a file: personal data in many tables. */
    String studentWithAFile() {
        String id = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        as(BROKER_WEST).header("If-Match", "\"-1\"").body(Map.of("needs", List.of("HOME_SITUATION"), "needsNote", NOTE,
                "maxTravelMinutes", 30)).put("/api/v1/students/" + id + "/intake").then().statusCode(200);
        as(BROKER_WEST).body(Map.of("channel", "PHONE", "party", "STUDENT", "minutes", 25, "summary", NOTE,
                "confidential", true)).post("/api/v1/students/" + id + "/contacts").then().statusCode(201);
        as(BROKER_WEST).body(Map.of("origin", "STUDENT", "employerName", "Kapsalon", "title", "Stage", "note", NOTE))
                .post("/api/v1/students/" + id + "/applications").then().statusCode(201);
        as(BROKER_WEST).body(Map.of("name", "Karim Vader", "relation", "PARENT", "phone", "0611111111",
                "mayContact", true)).post("/api/v1/students/" + id + "/guardians").then().statusCode(201);
        RestAssured.given().auth().oauth2(Tokens.of(BROKER_WEST))
                .multiPart("file", "cv.pdf", "%PDF-1.4 Karim\n%%EOF".getBytes(), "application/octet-stream")
                .post("/api/v1/students/" + id + "/files").then().statusCode(201);
        return id;
    }

    @Test
    void aLeadExportsEverythingHeldOnAStudentWithTheTrailAboutThem() throws IOException {
        String id = studentWithAFile();
        for (String moment : List.of("BEFORE", "AFTER")) {
            String token = Surveys.link(BROKER_WEST, id, moment);
            Surveys.answer(token, Surveys.answers(Surveys.form(token), 3, Map.of()), 204);
        }
        byte[] zip = as(LEAD_WEST).get("/api/v1/students/" + id + "/export").then().statusCode(200)
                .contentType("application/zip").header("Content-Disposition", containsString("student-" + id + ".zip"))
                .extract().asByteArray();
        Map<String, String> entries = unzip(zip);
        String json = entries.get("student.json");
        assertNotNull(json);
        for (String table : List.of("\"student\"", "\"intake\"", "\"contact\"", "\"guardian\"", "\"attachment\"",
                "\"consent\"", "\"timeline_entry\"", "\"audit_event\"", "\"placement\"", "\"check_in\"", "\"application\"")) {
            assertTrue(json.contains(table + ":"), "export lacks " + table);
        }
        assertTrue(json.contains(NOTE), "the export holds everything, the sensitive text too");
        assertTrue(json.contains("Karim Vader"));
        // The links' secrets, not even hashed (the trail names the column only: "token_hash": {}).
        assertFalse(json.contains("\"token_hash\": \""), "a survey link's hash is not exported");
        assertFalse(json.contains("\"student_search\":"), "the search's copy of the names is derived, not exported");
        assertTrue(json.contains("\"survey_answer\":") && json.contains("\"scale_value\": 3"), "the answers are the student's");
        assertFalse(json.contains("before_value"), "the \"after\" answer's copy of the \"before\" is derived, not exported");
        assertTrue(entries.keySet().stream().anyMatch(k -> k.startsWith("files/") && k.endsWith("cv.pdf")));
        assertTrue(entries.values().stream().anyMatch(v -> v.startsWith("%PDF-1.4 Karim")));
        // The export itself is on the trail.
        as(LEAD_WEST).queryParam("studentId", id).get("/api/v1/audit-events").then()
                .body("items.find { it.entityType == 'student_export' }.actor", is(LEAD_WEST));

        anonymous().get("/api/v1/students/" + id + "/export").then().statusCode(401);
        as(BROKER_WEST).get("/api/v1/students/" + id + "/export").then().statusCode(403);
        as(MENTOR_DELTA).get("/api/v1/students/" + id + "/export").then().statusCode(403);
        as(LEAD_WEST).get("/api/v1/students/" + Fixtures.student(BROKER_RIVIER, SCHOOL_RIVIER, null) + "/export")
                .then().statusCode(404);
    }

    @Test
    void erasureKeepsOnlyAnonymousFactsAndIsRefusedWhileAnInternshipRuns() throws IOException {
        String id = studentWithAFile();
        String path = "/api/v1/students/" + id + "/erasure";
        anonymous().post(path).then().statusCode(401);
        as(BROKER_WEST).post(path).then().statusCode(403);
        as(LEAD_WEST).post("/api/v1/students/" + Fixtures.student(BROKER_RIVIER, SCHOOL_RIVIER, null) + "/erasure")
                .then().statusCode(404);
        as(LEAD_WEST).header("If-Match", "").post(path).then().statusCode(428);
        var before = as(LEAD_WEST).get("/api/v1/students/" + id).then().extract();
        String etag = before.header("ETag");
        String lastName = before.path("lastName");
        as(LEAD_WEST).header("If-Match", etag).post(path).then().statusCode(204);

        as(BROKER_WEST).get("/api/v1/students/" + id).then().statusCode(200).body("firstName", is("Geanonimiseerd"))
                .body("email", nullValue()).body("phone", nullValue()).body("erasedAt", notNullValue())
                .body("dateOfBirth", endsWith("-01-01"));
        String json = unzip(as(LEAD_WEST).get("/api/v1/students/" + id + "/export").then().statusCode(200)
                .extract().asByteArray()).get("student.json");
        for (String personal : List.of(NOTE, "Karim", "0611111111", lastName)) {
            assertFalse(json.contains(personal), "still held after erasure: " + personal);
        }
        // What the figures need stays: the contact and its minutes, without its summary.
        as(BROKER_WEST).get("/api/v1/students/" + id + "/contacts").then().body("items[0].minutes", is(25));
        as(BROKER_WEST).get("/api/v1/students/" + id + "/files").then().body("", empty());
        String again = as(LEAD_WEST).get("/api/v1/students/" + id).then().extract().header("ETag");
        as(LEAD_WEST).header("If-Match", again).post(path).then().statusCode(409).body("type", endsWith("already-erased"));

        // An internship agreed or running: refused with the reason.
        String running = Fixtures.runningInternship(Fixtures.proposal(Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null),
                Fixtures.place(BROKER_WEST, Fixtures.employer(BROKER_WEST, Map.of()), Map.of())));
        String intern = as(BROKER_WEST).get("/api/v1/placements/" + running).then().extract().path("studentId");
        String internTag = as(LEAD_WEST).get("/api/v1/students/" + intern).then().extract().header("ETag");
        as(LEAD_WEST).header("If-Match", internTag).post("/api/v1/students/" + intern + "/erasure").then()
                .statusCode(409).contentType("application/problem+json").body("type", endsWith("placement-active"));
    }

    @Test
    void closedCasesPastTheRetentionPeriodAreErasedOnceEvenByTwoInstancesAtOnce() {
        String old = closedCase(25, false);
        String recent = closedCase(3, false);
        String reopened = closedCase(30, true);
        var first = CompletableFuture.supplyAsync(retention::run);
        var second = CompletableFuture.supplyAsync(retention::run);
        int erased = first.join() + second.join();
        assertTrue(erased >= 1, "the old case is due");
        assertNotNull(erasedAt(old));
        assertNull(erasedAt(recent));
        assertNull(erasedAt(reopened));
        assertEquals(1L, trailOfErasure(old), "erased exactly once");
        var when = erasedAt(old);
        retention.run();
        assertEquals(when, erasedAt(old), "a second run leaves an erased student alone");
        as(LEAD_WEST).queryParam("studentId", old).get("/api/v1/audit-events").then()
                .body("items.find { it.changes.find { c -> c.field == 'erased_at' } }.actor", is("retention"));
    }

    /** A West student whose case was closed this many months ago (and perhaps reopened since). */
    private String closedCase(int monthsAgo, boolean reopened) {
        String id = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update student set phase = :p where id = :s").setParameter("p", reopened ? "MATCHING" : "CLOSED")
                    .setParameter("s", UUID.fromString(id)).executeUpdate();
            em.createNativeQuery("insert into case_closure (id, organisation_id, student_id, closed_at, closed_by,"
                    + " placement_outcome, education_outcome, reason, reopened_at, reopened_by, reopen_reason) values (gen_random_uuid(), :o, :s,"
                    + " now() - make_interval(months => :m), 'broker.west', 'NOT_PLACED', 'STILL_STUDYING', 'Gestopt',"
                    + " case when :r then now() end, case when :r then 'broker.west' end, case when :r then 'Terug' end)")
                    .setParameter("o", UUID.fromString(ORG_WEST)).setParameter("s", UUID.fromString(id))
                    .setParameter("m", monthsAgo).setParameter("r", reopened).executeUpdate();
        });
        return id;
    }

    private Object erasedAt(String id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select erased_at from student where id = :s")
                .setParameter("s", UUID.fromString(id)).getSingleResult());
    }

    private long trailOfErasure(String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from audit_event"
                + " where entity_type = 'student' and entity_id = :s and jsonb_exists(changes, 'erased_at')")
                .setParameter("s", UUID.fromString(id)).getSingleResult()).longValue());
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
