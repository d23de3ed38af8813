package nl.stagemakelaar.placement;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.stagemakelaar.support.Fixtures;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class PlacementFlowTest {

    @Test
    void employerNetworkFieldsAreValidated() {
        as(BROKER_WEST).body(Map.of("name", "X", "postcode", "123 AB")).post("/api/v1/employers").then().statusCode(400)
                .body("errors[0].field", is("postcode"));
        String id = Fixtures.employer(BROKER_WEST, Map.of("postcode", "1012ab", "sectors", List.of("Retail", "horeca"),
                "size", "SMALL", "sbbStatus", "RECOGNISED", "supportOpenness", "YES", "visitEveryDays", 14,
                "ownerBroker", "broker.west"));
        as(BROKER_WEST).get("/api/v1/employers/" + id).then().statusCode(200)
                .body("postcode", is("1012 AB")).body("sectors", contains("retail", "horeca"))
                .body("sbbStatus", is("RECOGNISED")).body("supportOpenness", is("YES")).body("visitEveryDays", is(14));
        as(BROKER_WEST).body(Map.of("name", "Y", "ownerBroker", "broker.rivier")).post("/api/v1/employers")
                .then().statusCode(400).body("errors[0].field", is("ownerBroker"));
        as(BROKER_WEST).body(Map.of("name", "Y", "size", "HUGE")).post("/api/v1/employers")
                .then().statusCode(400).body("errors[0].field", is("size"));
    }

    @Test
    void proposeAcceptStartCompleteMovesTheStudentAndFillsThePlace() {
        String employerId = Fixtures.employer(BROKER_WEST, Map.of());
        String placeId = Fixtures.place(BROKER_WEST, employerId, Map.of("places", 1, "startDate", LocalDate.now().plusDays(20).toString()));
        String studentId = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, PROGRAMME_RETAIL_2);

        var noConsent = Fixtures.proposal(studentId, placeId);
        noConsent.put("consentToShare", false);
        as(BROKER_WEST).body(noConsent).post("/api/v1/placements").then().statusCode(400)
                .body("errors[0].field", is("consentToShare"));

        String id = as(BROKER_WEST).body(Fixtures.proposal(studentId, placeId)).post("/api/v1/placements").then().statusCode(201)
                .body("status", is("PROPOSED")).body("employerId", is(employerId)).body("studentPhase", is("MATCHING"))
                .extract().path("id");
        as(BROKER_WEST).body(Map.of()).post("/api/v1/placements/" + id + "/complete").then().statusCode(409);
        as(BROKER_WEST).body(Map.of("at", LocalDate.now().plusDays(2) + "T10:00:00+01:00"))
                .post("/api/v1/placements/" + id + "/interview").then().statusCode(200).body("status", is("INTERVIEW"));
        as(BROKER_WEST).body(Map.of("startDate", LocalDate.now().plusDays(20).toString()))
                .post("/api/v1/placements/" + id + "/accept").then().statusCode(200)
                .body("status", is("ACCEPTED")).body("studentPhase", is("PLACED"));
        as(BROKER_WEST).get("/api/v1/places/" + placeId).then().body("filled", is(1)).body("status", is("FILLED"));

        // A second proposal for the same student cannot be accepted while this one stands.
        String other = Fixtures.place(BROKER_WEST, employerId, Map.of());
        String second = as(BROKER_WEST).body(Fixtures.proposal(studentId, other)).post("/api/v1/placements").then().statusCode(201)
                .extract().path("id");
        as(BROKER_WEST).body(Map.of()).post("/api/v1/placements/" + second + "/accept").then().statusCode(409);

        as(BROKER_WEST).body(Map.of()).post("/api/v1/placements/" + id + "/start").then().statusCode(400)
                .body("errors[0].field", is("startDate"));
        as(BROKER_WEST).body(Map.of("startDate", LocalDate.now().toString())).post("/api/v1/placements/" + id + "/start")
                .then().statusCode(200).body("status", is("ACTIVE")).body("studentPhase", is("IN_INTERNSHIP"));
        as(BROKER_WEST).body(Map.of("hoursDone", 400)).post("/api/v1/placements/" + id + "/complete").then().statusCode(200)
                .body("status", is("COMPLETED")).body("hoursDone", is(400));
        as(BROKER_WEST).post("/api/v1/placements/" + id + "/withdraw").then().statusCode(409);
        as(BROKER_WEST).get("/api/v1/students/" + studentId + "/timeline").then()
                .body("items.kind", hasItems("PLACEMENT_CHANGED", "PHASE_CHANGED"))
                .body("items.detail", hasItem("INTERVIEW → ACCEPTED · " + as(BROKER_WEST).get("/api/v1/employers/" + employerId)
                        .then().extract().path("name") + " · " + as(BROKER_WEST).get("/api/v1/places/" + placeId).then().extract().path("title")));
        as(BROKER_WEST).queryParam("studentId", studentId).get("/api/v1/placements").then().statusCode(200)
                .body("total", is(2));
    }

    @Test
    void endingEarlyNeedsAReasonAndSendsTheStudentBackToMatching() {
        String employerId = Fixtures.employer(BROKER_WEST, Map.of());
        String studentId = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        var body = Fixtures.proposal(studentId, null);
        body.remove("placeId");
        body.put("employerId", employerId);
        body.put("type", "FOUND_BY_STUDENT");
        String id = as(BROKER_WEST).body(body).post("/api/v1/placements").then().statusCode(201)
                .body("type", is("FOUND_BY_STUDENT")).body("placeId", nullValue()).extract().path("id");
        as(BROKER_WEST).body(Map.of("startDate", LocalDate.now().toString())).post("/api/v1/placements/" + id + "/accept").then().statusCode(200);
        as(BROKER_WEST).body(Map.of("startDate", LocalDate.now().toString())).post("/api/v1/placements/" + id + "/start").then().statusCode(200);
        as(BROKER_WEST).body(Map.of("note", "te onrustig")).post("/api/v1/placements/" + id + "/end-early").then()
                .statusCode(400).body("errors.field", hasItems("reason", "endedBy"));
        as(BROKER_WEST).body(Map.of("reason", "STUDENT_DROPPED_OUT", "note", "Te veel spanning thuis"))
                .post("/api/v1/placements/" + id + "/end-early").then().statusCode(400).body("errors[0].field", is("endedBy"));
        as(BROKER_WEST).body(Map.of("reason", "STUDENT_DROPPED_OUT", "endedBy", "STUDENT", "note", "Te veel spanning thuis"))
                .post("/api/v1/placements/" + id + "/end-early").then().statusCode(200)
                .body("status", is("ENDED_EARLY")).body("endedBy", is("STUDENT")).body("studentPhase", is("INTERNSHIP_ENDED"));
    }

    @Test
    void scopeAndRoles() {
        String employerId = Fixtures.employer(BROKER_WEST, Map.of());
        String placeId = Fixtures.place(BROKER_WEST, employerId, Map.of());
        String studentId = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        String id = as(BROKER_WEST).body(Fixtures.proposal(studentId, placeId)).post("/api/v1/placements").then().statusCode(201)
                .extract().path("id");
        as(BROKER_RIVIER).get("/api/v1/placements/" + id).then().statusCode(404);
        as(BROKER_RIVIER).body(Map.of()).post("/api/v1/placements/" + id + "/accept").then().statusCode(404);
        as(BROKER_RIVIER).get("/api/v1/places/" + placeId).then().statusCode(404);
        as(BROKER_RIVIER).body(Map.of("employerId", employerId, "title", "x")).post("/api/v1/places").then()
                .statusCode(400).body("errors[0].field", is("employerId"));
        String rivierStudent = Fixtures.student(BROKER_RIVIER, SCHOOL_RIVIER, null);
        as(BROKER_WEST).body(Fixtures.proposal(rivierStudent, placeId)).post("/api/v1/placements").then().statusCode(400)
                .body("errors[0].field", is("studentId"));
        as(BROKER_WEST).get("/api/v1/students/" + rivierStudent + "/matches").then().statusCode(404);
        as(MENTOR_DELTA).get("/api/v1/placements").then().statusCode(403);
        as(EMPLOYER_DEMO).get("/api/v1/places").then().statusCode(403);
        anonymous().get("/api/v1/placements").then().statusCode(401);
        anonymous().get("/api/v1/students/" + studentId + "/matches").then().statusCode(401);
        as(BROKER_WEST).body(Map.of("employerId", employerId, "title", "x", "levelMin", 3, "levelMax", 2))
                .post("/api/v1/places").then().statusCode(400).body("errors[0].field", is("levelMax"));
        as(BROKER_WEST).body(Map.of("employerId", employerId, "title", "x", "status", "FILLED"))
                .post("/api/v1/places").then().statusCode(400).body("errors[0].field", is("status"));
    }

    @Test
    void theMentorSeesWhereAndWhenOnceThePlacementIsAccepted() {
        // A referral from mentor.delta to Stagepunt West, accepted, then placed.
        var referral = new HashMap<String, Object>();
        String last = unique("Mentorzicht");
        referral.put("organisationId", ORG_WEST);
        referral.put("student", Map.of("firstName", "Iris", "lastName", last, "dateOfBirth", "2006-02-02"));
        referral.put("referrer", Map.of("kind", "MENTOR"));
        referral.put("reason", "SCHOOL_COULD_NOT_FIND_PLACE");
        referral.put("searchDuration", "MORE_THAN_TWO_MONTHS");
        referral.put("eligibilityAnswers", List.of(
                Map.of("questionId", "00000000-0000-4000-f000-000000000001", "answer", true),
                Map.of("questionId", "00000000-0000-4000-f000-000000000002", "answer", false),
                Map.of("questionId", "00000000-0000-4000-f000-000000000003", "answer", true)));
        referral.put("consent", Map.of("student", true, "date", LocalDate.now().toString()));
        String rid = as(MENTOR_DELTA).body(referral).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        String studentId = as(BROKER_WEST).body(Map.of()).post("/api/v1/referrals/" + rid + "/accept").then().statusCode(200)
                .extract().path("studentId");
        String employerId = Fixtures.employer(BROKER_WEST, Map.of("name", "Bloemist " + last));
        var body = Fixtures.proposal(studentId, null);
        body.remove("placeId");
        body.put("employerId", employerId);
        String pid = as(BROKER_WEST).body(body).post("/api/v1/placements").then().statusCode(201).extract().path("id");
        as(MENTOR_DELTA).get("/api/v1/referrals/" + rid).then().body("placementEmployerName", nullValue());
        String start = LocalDate.now().plusDays(7).toString();
        as(BROKER_WEST).body(Map.of("startDate", start)).post("/api/v1/placements/" + pid + "/accept").then().statusCode(200);
        String json = as(MENTOR_DELTA).get("/api/v1/referrals/" + rid).then().statusCode(200)
                .body("studentPhase", is("PLACED")).body("placementEmployerName", is("Bloemist " + last))
                .body("placementStartDate", is(start)).extract().asString();
        // Purpose limitation: the profile the broker wrote for the employer is not the mentor's.
        org.junit.jupiter.api.Assertions.assertFalse(json.contains("Gemotiveerd"));
    }
}
