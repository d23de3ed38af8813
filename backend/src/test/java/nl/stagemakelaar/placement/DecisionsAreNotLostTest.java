package nl.stagemakelaar.placement;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.stagemakelaar.support.Fixtures;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A decision made on a stale version is refused, never a silent override; every change of a student is on the trail. */
@QuarkusTest
class DecisionsAreNotLostTest {

    @Inject
    EntityManager em;

    String proposal(String student) {
        return as(BROKER_WEST).body(Map.of("studentId", student, "employerId", EMPLOYER_DEMO_ID, "profile", "x",
                "consentToShare", true, "consentDate", LocalDate.now().toString())).post("/api/v1/placements")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void placementStepsNeedTheVersionRead() {
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        String pid = proposal(student);
        var accept = Map.of("startDate", LocalDate.now().plusDays(3).toString());
        as(BROKER_WEST).header("If-Match", "").body(accept).post("/api/v1/placements/" + pid + "/accept").then()
                .statusCode(428).contentType("application/problem+json");
        as(BROKER_WEST).header("If-Match", "*").body(accept).post("/api/v1/placements/" + pid + "/accept").then().statusCode(412);
        // Another broker schedules an interview first: the first broker's accept on version 0 is stale.
        as(LEAD_WEST).header("If-Match", "\"0\"").body(Map.of("at", LocalDate.now().plusDays(1) + "T10:00:00+01:00"))
                .post("/api/v1/placements/" + pid + "/interview").then().statusCode(200).body("version", is(1));
        as(BROKER_WEST).header("If-Match", "\"0\"").body(accept).post("/api/v1/placements/" + pid + "/accept").then()
                .statusCode(412).body("type", endsWith("stale"));
        as(EMPLOYER_DEMO).header("If-Match", "\"0\"").body(accept).post("/api/v1/portal/placements/" + pid + "/accept")
                .then().statusCode(412);
        as(BROKER_WEST).get("/api/v1/placements/" + pid).then().body("status", is("INTERVIEW"));
        as(BROKER_WEST).header("If-Match", "\"1\"").body(accept).post("/api/v1/placements/" + pid + "/accept").then()
                .statusCode(200).body("status", is("ACCEPTED")).body("studentPhase", is("PLACED"));

        // The phases the placement moved (intake → matching on proposing, → placed on accepting) are on the
        // trail, like a phase changed by hand.
        assertEquals(2L, trail("student", student, "phase"));
    }

    @Test
    void referralDecisionsNeedTheVersionRead() {
        var referral = nl.stagemakelaar.common.ValidBodies.referral();
        String rid = as(MENTOR_RIVIER).body(referral).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        var decline = Map.of("reason", "Eerst zelf zoeken");
        as(BROKER_RIVIER).header("If-Match", "").body(decline).post("/api/v1/referrals/" + rid + "/decline").then().statusCode(428);
        as(BROKER_RIVIER).header("If-Match", "\"0\"").body(Map.of("reason", "Wachten", "reviewOn", LocalDate.now().toString()))
                .post("/api/v1/referrals/" + rid + "/waitlist").then().statusCode(200).body("status", is("WAITLISTED"));
        // A second decision taken on what the broker saw before is refused instead of overriding the first.
        as(BROKER_RIVIER).header("If-Match", "\"0\"").body(decline).post("/api/v1/referrals/" + rid + "/decline").then()
                .statusCode(412);
        as(BROKER_RIVIER).get("/api/v1/referrals/" + rid).then().body("status", is("WAITLISTED"));
    }

    @Test
    void detailsMergedFromAReferralAreOnTheTrail() {
        var referral = nl.stagemakelaar.common.ValidBodies.referral();
        String first = as(MENTOR_RIVIER).body(referral).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        String student = as(BROKER_RIVIER).body(Map.of()).post("/api/v1/referrals/" + first + "/accept").then()
                .statusCode(200).extract().path("studentId");
        // The same person referred again, with a deadline and a lighter guidance: the existing student changes.
        referral.put("internshipMustStartBy", LocalDate.now().plusDays(20).toString());
        String again = as(MENTOR_RIVIER).body(referral).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        as(BROKER_RIVIER).body(Map.of("guidanceIntensity", "PLACEMENT_ONLY")).post("/api/v1/referrals/" + again + "/accept")
                .then().statusCode(200).body("studentId", is(student));
        assertEquals(1L, trail("student", student, "guidance_intensity"));
        assertEquals(1L, trail("student", student, "internship_start_by"));
        as(BROKER_RIVIER).get("/api/v1/students/" + student + "/timeline").then()
                .body("items.find { it.kind == 'STUDENT_UPDATED' }.detail", is("guidanceIntensity, internshipStartBy"))
                .body("items.find { it.kind == 'INTENSITY_CHANGED' }.detail", is("INTENSIVE → PLACEMENT_ONLY"));
        as(BROKER_RIVIER).get("/api/v1/students/" + student + "/consents").then()
                .body("findAll { it.purpose == 'CASE' }.referralId", containsInAnyOrder(first, again));
    }

    /** Updates of this record on the audit trail that changed the field. */
    long trail(String type, String id, String field) {
        return ((Number) em.createNativeQuery("select count(*) from audit_event where entity_type = ?1 and entity_id = ?2 "
                        + "and action = 'UPDATE' and jsonb_exists(changes, ?3)").setParameter(1, type).setParameter(2, UUID.fromString(id))
                .setParameter(3, field).getSingleResult()).longValue();
    }
}
