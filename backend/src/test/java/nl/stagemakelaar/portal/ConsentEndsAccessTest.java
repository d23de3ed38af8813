package nl.stagemakelaar.portal;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.stagemakelaar.support.Fixtures;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.portal.EmployerPortalTest.employer;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;

/**
 * The employer sees a candidate because the student agreed to share a profile for that proposal. When the
 * reason ends (withdrawn, declined, superseded, case closed, consent withdrawn), the access ends too.
 */
@QuarkusTest
class ConsentEndsAccessTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    /** A fresh employer with a portal user, and a proposal to it with a shared CV: {employer, token, student, placement}. */
    static String[] candidateWithCv() {
        String[] user = Fixtures.activeEmployerUser();
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, PROGRAMME_RETAIL_2);
        String cv = io.restassured.RestAssured.given().auth().oauth2(nl.stagemakelaar.support.Tokens.of(BROKER_WEST))
                .multiPart("file", "cv.pdf", PDF, "application/octet-stream").post("/api/v1/students/" + student + "/files")
                .then().statusCode(201).extract().path("id");
        var proposal = new HashMap<>(Fixtures.proposal(student, Fixtures.place(BROKER_WEST, user[0], Map.of())));
        proposal.put("cvAttachmentId", cv);
        proposal.put("strengths", "Punctueel");
        String placement = as(BROKER_WEST).body(proposal).post("/api/v1/placements").then().statusCode(201)
                .extract().path("id");
        String path = "/api/v1/portal/placements/" + placement;
        employer(user[2]).get(path).then().statusCode(200).body("profile", notNullValue()).body("hasCv", is(true));
        employer(user[2]).get(path + "/cv").then().statusCode(200);
        return new String[] {user[0], user[2], student, placement};
    }

    static void accessEnded(String token, String placement) {
        String path = "/api/v1/portal/placements/" + placement;
        employer(token).get(path).then().statusCode(404).contentType("application/problem+json");
        employer(token).get(path + "/cv").then().statusCode(404);
        employer(token).get("/api/v1/portal/candidates").then().statusCode(200).body("items.id", not(hasItem(placement)));
        employer(token).header("If-Match", "\"0\"").body(Map.of("startDate", LocalDate.now().plusDays(7).toString()))
                .post(path + "/accept").then().statusCode(409).body("type", endsWith("candidate-unavailable"));
    }

    @Test
    void aWithdrawnProposalEndsTheEmployersAccess() {
        String[] c = candidateWithCv();
        as(BROKER_WEST).body(Map.of("reason", "Student koos een andere richting"))
                .post("/api/v1/placements/" + c[3] + "/withdraw").then().statusCode(200).body("status", is("WITHDRAWN"));
        accessEnded(c[1], c[3]);
        as(BROKER_WEST).get("/api/v1/students/" + c[2] + "/timeline").then()
                .body("items.find { it.kind == 'PLACEMENT_CHANGED' }.reason", is("Student koos een andere richting"));
    }

    @Test
    void aDeclinedProposalEndsTheEmployersAccess() {
        String[] c = candidateWithCv();
        employer(c[1]).header("If-Match", "\"0\"").body(Map.of("reason", "Geen plek meer"))
                .post("/api/v1/portal/placements/" + c[3] + "/decline").then().statusCode(200);
        accessEnded(c[1], c[3]);
    }

    @Test
    void closingTheCaseWithdrawsItsProposalsAndTheStudentStaysClosed() {
        String[] c = candidateWithCv();
        as(BROKER_WEST).body(Map.of("placementOutcome", "NOT_PLACED", "reason", "Verhuisd"))
                .post("/api/v1/students/" + c[2] + "/closure").then().statusCode(201);
        as(BROKER_WEST).get("/api/v1/placements/" + c[3]).then().body("status", is("WITHDRAWN"))
                .body("withdrawReason", is("Case closed: Verhuisd"));
        accessEnded(c[1], c[3]);
        as(BROKER_WEST).get("/api/v1/students/" + c[2]).then().body("phase", is("CLOSED"));
        // A closed case takes no new proposal either, until it is reopened.
        as(BROKER_WEST).body(Map.of("studentId", c[2], "employerId", c[0],
                        "profile", "x", "consentToShare", true, "consentDate", LocalDate.now().toString()))
                .post("/api/v1/placements").then().statusCode(409);
    }

    @Test
    void aRunningInternshipMustEndBeforeTheCaseCloses() {
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        Fixtures.runningInternship(Map.of("studentId", student, "employerId", EMPLOYER_DEMO_ID, "profile", "x",
                "consentToShare", true, "consentDate", LocalDate.now().toString()));
        as(BROKER_WEST).body(Map.of("placementOutcome", "PLACED_EXTERNALLY", "reason", "Klaar"))
                .post("/api/v1/students/" + student + "/closure").then().statusCode(409).body("type", endsWith("internship-running"));
        as(BROKER_WEST).get("/api/v1/students/" + student).then().body("phase", is("IN_INTERNSHIP"));
    }

    @Test
    void acceptingOneProposalSupersedesTheOthers() {
        String[] c = candidateWithCv();
        String other = as(BROKER_WEST).body(Map.of("studentId", c[2], "employerId", EMPLOYER_DEMO_ID, "profile", "x",
                "consentToShare", true, "consentDate", LocalDate.now().toString())).post("/api/v1/placements")
                .then().statusCode(201).extract().path("id");
        as(EMPLOYER_DEMO).body(Map.of("startDate", LocalDate.now().plusDays(5).toString()))
                .post("/api/v1/portal/placements/" + other + "/accept").then().statusCode(200);
        as(BROKER_WEST).get("/api/v1/placements/" + c[3]).then().body("status", is("WITHDRAWN"))
                .body("withdrawReason", is("Placed elsewhere"));
        accessEnded(c[1], c[3]);
    }

    @Test
    void withdrawnConsentEndsLiveProposalsAndHidesTheProfileOfAnAgreedInternship() {
        String[] c = candidateWithCv();
        String agreed = as(BROKER_WEST).body(Map.of("studentId", c[2], "employerId", EMPLOYER_DEMO_ID, "profile",
                "Profiel voor de bakkerij", "consentToShare", true, "consentDate", LocalDate.now().toString()))
                .post("/api/v1/placements").then().statusCode(201).extract().path("id");
        // Accept first, so the new employer keeps the internship but not the profile; c[3] is superseded by it.
        as(EMPLOYER_DEMO).body(Map.of("startDate", LocalDate.now().plusDays(5).toString()))
                .post("/api/v1/portal/placements/" + agreed + "/accept").then().statusCode(200);
        String live = as(BROKER_WEST).body(Map.of("studentId", c[2], "employerId", c[0], "profile", "Nieuw voorstel",
                "consentToShare", true, "consentDate", LocalDate.now().toString())).post("/api/v1/placements")
                .then().statusCode(201).extract().path("id");

        as(BROKER_WEST).body(Map.of("withdrawnOn", LocalDate.now().plusDays(1).toString()))
                .post("/api/v1/students/" + c[2] + "/consents/withdrawal").then().statusCode(400)
                .body("errors[0].field", is("withdrawnOn"));
        as(EMPLOYER_DEMO).body(Map.of("withdrawnOn", LocalDate.now().toString()))
                .post("/api/v1/students/" + c[2] + "/consents/withdrawal").then().statusCode(403);
        as(BROKER_RIVIER).body(Map.of("withdrawnOn", LocalDate.now().toString()))
                .post("/api/v1/students/" + c[2] + "/consents/withdrawal").then().statusCode(404);
        as(BROKER_WEST).body(Map.of("withdrawnOn", LocalDate.now().toString(), "note", "Moeder belde: niets meer delen"))
                .post("/api/v1/students/" + c[2] + "/consents/withdrawal").then().statusCode(200)
                .body("findAll { it.purpose == 'EMPLOYER_SHARING' }.withdrawnBy", everyItem(is("broker.west")))
                .body("findAll { it.purpose == 'EMPLOYER_SHARING' }.withdrawnOn", everyItem(is(LocalDate.now().toString())));

        as(BROKER_WEST).get("/api/v1/placements/" + live).then().body("status", is("WITHDRAWN"))
                .body("withdrawReason", is("Consent withdrawn"));
        accessEnded(c[1], live);
        as(EMPLOYER_DEMO).get("/api/v1/portal/placements/" + agreed).then().statusCode(200)
                .body("status", is("ACCEPTED")).body("firstName", is("Plaats")).body("profile", nullValue())
                .body("strengths", nullValue()).body("hasCv", is(false));
        as(BROKER_WEST).get("/api/v1/students/" + c[2] + "/timeline").then()
                .body("items.find { it.kind == 'CONSENT_WITHDRAWN' }.reason", is("Moeder belde: niets meer delen"))
                .body("items.find { it.kind == 'CONSENT_WITHDRAWN' }.actor", is("broker.west"));
    }

    @Test
    void anEndedInternshipShowsNoProfileAndDisappearsAfterAYear() {
        String recent = endedPlacement(LocalDate.now().minusMonths(2), LocalDate.now().minusDays(3));
        as(EMPLOYER_DEMO).get("/api/v1/portal/placements/" + recent).then().statusCode(200)
                .body("status", is("COMPLETED")).body("profile", nullValue()).body("firstName", is("Plaats"));
        as(EMPLOYER_DEMO).queryParam("size", 100).get("/api/v1/portal/interns").then().body("items.id", hasItem(recent));

        String old = endedPlacement(LocalDate.now().minusMonths(20), LocalDate.now().minusMonths(13));
        as(EMPLOYER_DEMO).get("/api/v1/portal/placements/" + old).then().statusCode(404);
        as(EMPLOYER_DEMO).queryParam("size", 100).get("/api/v1/portal/interns").then().body("items.id", not(hasItem(old)));
        as(BROKER_WEST).get("/api/v1/placements/" + old).then().statusCode(200).body("status", is("COMPLETED"));
    }

    static String endedPlacement(LocalDate start, LocalDate end) {
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, PROGRAMME_RETAIL_2);
        String pid = as(BROKER_WEST).body(Map.of("studentId", student, "employerId", EMPLOYER_DEMO_ID, "profile", "x",
                "consentToShare", true, "consentDate", start.minusDays(7).toString())).post("/api/v1/placements")
                .then().statusCode(201).extract().path("id");
        as(BROKER_WEST).body(Map.of("startDate", start.toString())).post("/api/v1/placements/" + pid + "/accept").then().statusCode(200);
        as(BROKER_WEST).body(Map.of("startDate", start.toString())).post("/api/v1/placements/" + pid + "/start").then().statusCode(200);
        as(BROKER_WEST).body(Map.of("endDate", end.toString())).post("/api/v1/placements/" + pid + "/complete").then().statusCode(200);
        return pid;
    }

    @Test
    void sharingForAStudentUnderSixteenNeedsTheGuardian() {
        var young = new HashMap<String, Object>(Map.of("firstName", "Jong", "lastName", unique("Test"),
                "dateOfBirth", LocalDate.now().minusYears(15).toString(), "schoolId", SCHOOL_DELTA));
        young.put("consent", Map.of("student", true, "date", LocalDate.now().toString()));
        as(BROKER_WEST).body(young).post("/api/v1/students").then().statusCode(400)
                .body("errors[0].field", is("consent.guardian"));
        young.put("consent", Map.of("student", true, "guardian", true, "date", LocalDate.now().toString()));
        String student = as(BROKER_WEST).body(young).post("/api/v1/students").then().statusCode(201).extract().path("id");

        var proposal = new HashMap<>(Map.<String, Object>of("studentId", student, "employerId", EMPLOYER_DEMO_ID,
                "profile", "x", "consentToShare", true, "consentDate", LocalDate.now().toString()));
        as(BROKER_WEST).body(proposal).post("/api/v1/placements").then().statusCode(400)
                .body("errors[0].field", is("guardianConsent")).body("errors[0].code", is("GuardianConsent"));
        proposal.put("guardianConsent", true);
        String pid = as(BROKER_WEST).body(proposal).post("/api/v1/placements").then().statusCode(201).extract().path("id");
        as(BROKER_WEST).get("/api/v1/students/" + student + "/consents").then().statusCode(200)
                .body("find { it.purpose == 'CASE' }.guardian", is(true))
                .body("find { it.purpose == 'CASE' }.recordedBy", is("broker.west"))
                .body("find { it.purpose == 'EMPLOYER_SHARING' }.placementId", is(pid))
                .body("find { it.purpose == 'EMPLOYER_SHARING' }.guardian", is(true));
        as(BROKER_RIVIER).get("/api/v1/students/" + student + "/consents").then().statusCode(404);
        as(MENTOR_DELTA).get("/api/v1/students/" + student + "/consents").then().statusCode(403);
        anonymous().get("/api/v1/students/" + student + "/consents").then().statusCode(401);
    }

    @Test
    void aStudentRegisteredByABrokerNeedsARecordedConsent() {
        var body = new HashMap<String, Object>(Map.of("firstName", "Zonder", "lastName", unique("Test"),
                "dateOfBirth", "2006-01-01", "schoolId", SCHOOL_DELTA));
        as(BROKER_WEST).body(body).post("/api/v1/students").then().statusCode(400).body("errors[0].field", is("consent"));
        body.put("consent", Map.of("student", false, "date", LocalDate.now().toString()));
        as(BROKER_WEST).body(body).post("/api/v1/students").then().statusCode(400).body("errors[0].field", is("consent.student"));
    }
}
