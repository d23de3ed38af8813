package nl.stagemakelaar.schoolrelation;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.stagemakelaar.support.Fixtures;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class SchoolRelationTest {

    static final String LIST = "/api/v1/school-relations";

    @Inject MockMailbox mailbox;

    @Test
    void withTheStudentsConsentTheCoordinatorsHearThatTheStudentJoinedAndHowItEnded() {
        // Rivier College, served by Stagepunt Rivier: its lead is not in the realm, so the coordinator is put in the database.
        String coordinator = unique("bpv") + "@rivier.example.nl";
        String relation = java.util.UUID.randomUUID().toString();
        try (var c = nl.stagemakelaar.support.Db.asOwner(); var st = c.createStatement()) {
            st.executeUpdate("insert into school_relation (id, organisation_id, school_id, created_at, created_by, updated_at, updated_by)"
                    + " values ('" + relation + "', '" + ORG_RIVIER + "', '" + SCHOOL_RIVIER + "', now(), 'test', now(), 'test')"
                    + " on conflict (organisation_id, school_id) do nothing");
            st.executeUpdate("insert into school_coordinator (id, organisation_id, relation_id, position, name, email)"
                    + " select gen_random_uuid(), '" + ORG_RIVIER + "', r.id, 99, 'Test BPV', '" + coordinator + "'"
                    + " from school_relation r where r.organisation_id = '" + ORG_RIVIER + "' and r.school_id = '" + SCHOOL_RIVIER + "'");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        String student = Fixtures.student(BROKER_RIVIER, SCHOOL_RIVIER, null);
        String url = "/api/v1/students/" + student + "/school-updates";
        mailbox.clear();

        // Without consent nothing goes out.
        as(BROKER_RIVIER).body(Map.of("kind", "JOINED")).post(url).then().statusCode(409).body("errors[0].code", is("NoConsent"));
        as(BROKER_RIVIER).body(Map.of("student", true, "date", java.time.LocalDate.now().toString())).post(url + "/consent")
                .then().statusCode(200).body("purpose", is("SCHOOL_UPDATES"));
        as(BROKER_RIVIER).body(Map.of("student", true, "date", java.time.LocalDate.now().toString())).post(url + "/consent")
                .then().statusCode(409);
        as(BROKER_RIVIER).body(Map.of("kind", "JOINED")).post(url).then().statusCode(200).body("sentTo", hasItem(coordinator));
        var mails = mailbox.getMailsSentTo(coordinator);
        org.junit.jupiter.api.Assertions.assertEquals(1, mails.size());
        org.junit.jupiter.api.Assertions.assertTrue(mails.get(0).getText().contains("aangemeld"));
        // Not ended yet: the second message waits.
        as(BROKER_RIVIER).body(Map.of("kind", "ENDED")).post(url).then().statusCode(409).body("errors[0].code", is("NotEnded"));
        as(BROKER_RIVIER).get("/api/v1/students/" + student + "/timeline").then()
                .body("items.find { it.kind == 'SCHOOL_INFORMED' }.detail", is("JOINED · " + mails.size()));

        // Withdrawn: the gate closes.
        as(BROKER_RIVIER).delete(url + "/consent").then().statusCode(204);
        as(BROKER_RIVIER).body(Map.of("kind", "JOINED")).post(url).then().statusCode(409).body("errors[0].code", is("NoConsent"));
        as(BROKER_RIVIER).delete(url + "/consent").then().statusCode(409);
        org.junit.jupiter.api.Assertions.assertEquals(1, mailbox.getMailsSentTo(coordinator).size());
        as(BROKER_RIVIER).get("/api/v1/students/" + student + "/consents").then()
                .body("find { it.purpose == 'SCHOOL_UPDATES' }.withdrawnOn", notNullValue());

        // Another organisation's broker, a mentor, nobody.
        as(BROKER_WEST).body(Map.of("kind", "JOINED")).post(url).then().statusCode(404);
        as(MENTOR_RIVIER).body(Map.of("kind", "JOINED")).post(url).then().statusCode(403);
        anonymous().body(Map.of("kind", "JOINED")).post(url).then().statusCode(401);
    }

    @Test
    void theBrokerRecordsWhatTheSchoolsCoordinatorSaysTheStudentAlreadyTried() {
        String id = as(MENTOR_RIVIER).body(nl.stagemakelaar.common.ValidBodies.of("ReferralInput")).post("/api/v1/referrals")
                .then().statusCode(201).extract().path("id");
        String url = "/api/v1/referrals/" + id + "/school-answer";
        int version = as(BROKER_RIVIER).get("/api/v1/referrals/" + id).then().statusCode(200).body("schoolAnswer", nullValue())
                .extract().path("version");
        String etag = "\"" + version + "\"";
        var answer = Map.of("answer", "Volgens de BPV-coördinator heeft hij drie keer gesolliciteerd, niet acht.");
        as(BROKER_RIVIER).body(answer).put(url).then().statusCode(428);
        as(BROKER_RIVIER).header("If-Match", etag).body(answer).put(url).then().statusCode(200)
                .body("schoolAnswer", startsWith("Volgens de BPV")).body("schoolAnswerBy", is(BROKER_RIVIER))
                .body("schoolAnswerAt", notNullValue()).body("status", is("SUBMITTED"));
        as(BROKER_RIVIER).header("If-Match", etag).body(answer).put(url).then().statusCode(412);
        as(BROKER_WEST).header("If-Match", etag).body(answer).put(url).then().statusCode(404);
        as(MENTOR_RIVIER).header("If-Match", etag).body(answer).put(url).then().statusCode(403);
        as(BROKER_RIVIER).header("If-Match", etag).body(Map.of("answer", "x".repeat(2001))).put(url).then().statusCode(400)
                .body("errors[0].field", is("answer"));
    }

    @Test
    void aLeadKeepsCoordinatorsAndAgreementsPerSchoolAndSeesItsStudentsByPhase() {
        // A new student from Delta College: the overview counts it in intake.
        long before = ((Number) as(LEAD_WEST).get(LIST).then().statusCode(200)
                .extract().path("find { it.schoolId == '" + SCHOOL_DELTA + "' }.phases.INTAKE")).longValue();
        Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        var delta = as(LEAD_WEST).get(LIST).then().statusCode(200)
                .body("find { it.schoolId == '" + SCHOOL_DELTA + "' }.schoolName", is("Delta College"))
                .body("find { it.schoolId == '" + SCHOOL_DELTA + "' }.phases.INTAKE", is((int) before + 1))
                .body("find { it.schoolId == '" + SCHOOL_DELTA + "' }.phases.keySet()", hasItems("INTAKE", "CLOSED"))
                .body("find { it.schoolId == '" + SCHOOL_DELTA + "' }.outcomes.keySet()", hasItems("FOUND_THEMSELVES", "NOT_PLACED"))
                .extract();
        int version = delta.path("find { it.schoolId == '" + SCHOOL_DELTA + "' }.version");
        String url = LIST + "/" + SCHOOL_DELTA;
        var body = Map.of("agreements", "De school meldt aan na twee maanden zelf zoeken; wij doen intake en plaatsing.",
                "coordinators", List.of(Map.of("name", "Fatima Bouzid", "role", "BPV-coördinator", "email", "f.bouzid@delta.example.nl"),
                        Map.of("name", "Jan de Wit", "phone", "020 555 1234")));
        as(LEAD_WEST).body(body).put(url).then().statusCode(428);
        String etag = as(LEAD_WEST).header("If-Match", "\"" + version + "\"").body(body).put(url).then().statusCode(200)
                .body("coordinators.name", contains("Fatima Bouzid", "Jan de Wit"))
                .body("agreements", startsWith("De school meldt aan")).extract().header("ETag");
        // Stale version: 412. A smaller list replaces the old one.
        as(LEAD_WEST).header("If-Match", "\"" + version + "\"").body(body).put(url).then().statusCode(412);
        as(LEAD_WEST).header("If-Match", etag).body(Map.of("coordinators", List.of(Map.of("name", "Jan de Wit"))))
                .put(url).then().statusCode(200).body("coordinators.name", contains("Jan de Wit")).body("agreements", nullValue());
        as(BROKER_WEST).get(LIST).then().statusCode(200)
                .body("find { it.schoolId == '" + SCHOOL_DELTA + "' }.coordinators.name", contains("Jan de Wit"));

        // Bad input names the field; a school West does not serve is not found; only a lead edits.
        as(LEAD_WEST).header("If-Match", "\"0\"").body(Map.of("coordinators", List.of(Map.of("name", " ", "email", "geen-mail"))))
                .put(url).then().statusCode(400).body("errors.field", hasItems("coordinators[0].name", "coordinators[0].email"));
        as(LEAD_WEST).header("If-Match", "\"-1\"").body(body).put(LIST + "/" + SCHOOL_RIVIER).then().statusCode(404);
        as(BROKER_WEST).header("If-Match", etag).body(body).put(url).then().statusCode(403);
        as(BROKER_RIVIER).get(LIST).then().statusCode(200).body("coordinators.flatten().name", not(hasItem("Jan de Wit")));
        as(MENTOR_DELTA).get(LIST).then().statusCode(403);
        anonymous().get(LIST).then().statusCode(401);
    }
}
