package nl.stagemakelaar.portal;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.stagemakelaar.support.Fixtures;
import nl.stagemakelaar.support.QueryCounter;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The employer portal as employer.demo (Bakkerij De Molen) and as freshly invited employer users. */
@QuarkusTest
class EmployerPortalTest {

    /** Every field an employer may see of a candidate; anything else in the JSON is a leak. */
    static final Set<String> SHARED_FIELDS = new TreeSet<>(List.of("id", "status", "placeId", "placeTitle", "firstName",
            "programme", "level", "profile", "strengths", "supportToMention", "hasCv", "interviewAt", "startDate",
            "endDate", "requiredHours", "hoursDone", "hoursConfirmedAt", "evaluationRating", "evaluation", "broker",
            "version"));

    @Inject
    QueryCounter queries;

    static RequestSpecification employer(String accessToken) {
        return RestAssured.given().auth().oauth2(accessToken).contentType(io.restassured.http.ContentType.JSON);
    }

    /** broker.west proposes a new student (with needs in the intake) to a fresh place at the given employer. */
    static String[] proposeTo(String employerId) {
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, PROGRAMME_RETAIL_2);
        as(BROKER_WEST).header("If-Match", "\"-1\"").body(Map.of("needs", List.of("HOME_SITUATION"),
                "needsNote", "Thuis gaat het niet goed", "strengths", "Intern: eerlijk")).put("/api/v1/students/" + student + "/intake")
                .then().statusCode(200);
        String place = Fixtures.place(BROKER_WEST, employerId, Map.of());
        var proposal = new HashMap<>(Fixtures.proposal(student, place));
        proposal.put("strengths", "Vriendelijk en nauwkeurig");
        proposal.put("supportToMention", "Graag korte uitleg vooraf");
        String placement = as(BROKER_WEST).body(proposal).post("/api/v1/placements").then().statusCode(201)
                .extract().path("id");
        return new String[] {student, place, placement};
    }

    @Test
    void anEmployerSeesOnlyTheSharedProfileOfItsCandidates() {
        String[] p = proposeTo(EMPLOYER_DEMO_ID);
        Map<String, Object> candidate = as(EMPLOYER_DEMO).get("/api/v1/portal/placements/" + p[2])
                .then().statusCode(200).header("ETag", notNullValue())
                .body("firstName", is("Plaats")).body("strengths", is("Vriendelijk en nauwkeurig"))
                .body("supportToMention", is("Graag korte uitleg vooraf")).body("programme", notNullValue())
                .body("broker.name", is("Noor Bakker")).extract().as(Map.class);
        assertEquals(SHARED_FIELDS, new TreeSet<>(candidate.keySet()), "nothing beyond the shared profile");
        String json = as(EMPLOYER_DEMO).get("/api/v1/portal/candidates?size=100").then().statusCode(200)
                .body("items.id", hasItem(p[2])).extract().asString();
        for (String secret : List.of("HOME_SITUATION", "Thuis gaat het niet goed", "Intern: eerlijk", "lastName",
                "dateOfBirth", "needs", "phase")) {
            org.junit.jupiter.api.Assertions.assertFalse(json.contains(secret), "candidates list leaks " + secret);
        }
        // No N+1: scope check, page, count and the brokers, the same for one row as for all of them.
        long one = queries.count(() -> as(EMPLOYER_DEMO).get("/api/v1/portal/candidates?size=1").then().statusCode(200));
        long all = queries.count(() -> as(EMPLOYER_DEMO).get("/api/v1/portal/candidates?size=100").then().statusCode(200)
                .body("items.size()", greaterThan(1)));
        assertEquals(one, all, "statements for one candidate vs all");
        org.junit.jupiter.api.Assertions.assertTrue(all <= 5, all + " statements");
    }

    @Test
    void aSharedCvCanBeDownloadedOnlyWhenItIsTheStudentsAndShared() {
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, PROGRAMME_RETAIL_2);
        String other = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, PROGRAMME_RETAIL_2);
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String cv = RestAssured.given().auth().oauth2(nl.stagemakelaar.support.Tokens.of(BROKER_WEST))
                .multiPart("file", "cv-yara.pdf", pdf, "application/octet-stream")
                .post("/api/v1/students/" + student + "/files").then().statusCode(201).extract().path("id");
        String place = Fixtures.place(BROKER_WEST, EMPLOYER_DEMO_ID, Map.of());

        var wrong = new HashMap<>(Fixtures.proposal(other, place));
        wrong.put("cvAttachmentId", cv);
        as(BROKER_WEST).body(wrong).post("/api/v1/placements").then().statusCode(400)
                .body("errors[0].field", containsString("cvAttachmentId"));
        String withoutCv = as(BROKER_WEST).body(Fixtures.proposal(other, place)).post("/api/v1/placements")
                .then().statusCode(201).extract().path("id");
        as(EMPLOYER_DEMO).get("/api/v1/portal/placements/" + withoutCv + "/cv").then().statusCode(404);

        var right = new HashMap<>(Fixtures.proposal(student, place));
        right.put("cvAttachmentId", cv);
        String placement = as(BROKER_WEST).body(right).post("/api/v1/placements").then().statusCode(201)
                .body("cvAttachmentId", is(cv)).extract().path("id");
        as(EMPLOYER_DEMO).get("/api/v1/portal/placements/" + placement).then().body("hasCv", is(true));
        byte[] got = as(EMPLOYER_DEMO).get("/api/v1/portal/placements/" + placement + "/cv").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString("cv-yara.pdf"))
                .extract().asByteArray();
        assertEquals(pdf.length, got.length);
    }

    @Test
    void anotherEmployersRecordsAreNotFound() {
        String[] other = proposeTo(Fixtures.employer(BROKER_WEST, Map.of()));
        as(EMPLOYER_DEMO).get("/api/v1/portal/placements/" + other[2]).then().statusCode(404);
        as(EMPLOYER_DEMO).body(Map.of("startDate", LocalDate.now().plusDays(7).toString()))
                .post("/api/v1/portal/placements/" + other[2] + "/accept").then().statusCode(404);
        as(EMPLOYER_DEMO).body(Map.of("signal", "CONCERN")).post("/api/v1/portal/placements/" + other[2] + "/check-ins")
                .then().statusCode(404);
        as(EMPLOYER_DEMO).get("/api/v1/portal/placements/" + other[2] + "/cv").then().statusCode(404);
        as(EMPLOYER_DEMO).get("/api/v1/portal/places/" + other[1]).then().statusCode(404);
        as(EMPLOYER_DEMO).header("If-Match", "\"0\"").body(Map.of("title", "Overgenomen"))
                .put("/api/v1/portal/places/" + other[1]).then().statusCode(404);
        as(EMPLOYER_DEMO).get("/api/v1/portal/candidates?size=100").then().body("items.id", not(hasItem(other[2])));
        as(EMPLOYER_DEMO).get("/api/v1/portal/places?size=100").then().body("items.id", not(hasItem(other[1])))
                .body("items.employerId", everyItem(is(EMPLOYER_DEMO_ID)));
        as(EMPLOYER_DEMO).get("/api/v1/portal/placements/not-a-uuid").then().statusCode(404);

        anonymous().get("/api/v1/portal/candidates").then().statusCode(401);
        as(BROKER_WEST).get("/api/v1/portal/candidates").then().statusCode(403);
        as(MENTOR_DELTA).get("/api/v1/portal/profile").then().statusCode(403);
        as(EMPLOYER_DEMO).get("/api/v1/placements").then().statusCode(403);
        as(EMPLOYER_DEMO).get("/api/v1/employers/" + EMPLOYER_DEMO_ID).then().statusCode(403);
    }

    @Test
    void acceptingAndReportingAConcernReachesTheBrokersDashboard() {
        String[] p = proposeTo(EMPLOYER_DEMO_ID);
        String path = "/api/v1/portal/placements/" + p[2];
        as(EMPLOYER_DEMO).body(Map.of("at", "2026-12-03T10:00:00+01:00")).post(path + "/interview")
                .then().statusCode(200).body("status", is("INTERVIEW"));
        as(EMPLOYER_DEMO).body(Map.of()).post(path + "/accept").then().statusCode(400)
                .body("errors[0].field", containsString("startDate"));
        String start = LocalDate.now().plusDays(10).toString();
        as(EMPLOYER_DEMO).body(Map.of("startDate", start)).post(path + "/accept").then().statusCode(200)
                .body("status", is("ACCEPTED")).body("startDate", is(start));
        as(EMPLOYER_DEMO).body(Map.of("reason", "te laat")).post(path + "/decline").then().statusCode(409);
        as(BROKER_WEST).get("/api/v1/students/" + p[0]).then().body("phase", is("PLACED"));
        as(EMPLOYER_DEMO).get("/api/v1/portal/interns?size=100").then().body("items.id", hasItem(p[2]));

        as(EMPLOYER_DEMO).body(Map.of("signal", "WORRIED")).post(path + "/check-ins").then().statusCode(400);
        String checkIn = as(EMPLOYER_DEMO).body(Map.of("signal", "CONCERN", "note", "Vandaag te laat en stil"))
                .post(path + "/check-ins").then().statusCode(201).body("signal", is("CONCERN")).extract().path("id");
        as(BROKER_WEST).get("/api/v1/caseload").then().statusCode(200)
                .body("signals.find { it.checkInId == '" + checkIn + "' }.note", is("Vandaag te laat en stil"))
                .body("signals.find { it.checkInId == '" + checkIn + "' }.employerName", is("Bakkerij De Molen"));
        as(BROKER_RIVIER).get("/api/v1/caseload").then().body("signals.checkInId", not(hasItem(checkIn)));
        as(BROKER_WEST).get("/api/v1/placements/" + p[2] + "/check-ins").then().statusCode(200)
                .body("[0].id", is(checkIn));
        as(BROKER_RIVIER).get("/api/v1/placements/" + p[2] + "/check-ins").then().statusCode(404);
        as(BROKER_WEST).get("/api/v1/students/" + p[0] + "/timeline").then()
                .body("items.kind", hasItem("CHECK_IN_REPORTED"));

        as(BROKER_RIVIER).post("/api/v1/check-ins/" + checkIn + "/acknowledge").then().statusCode(404);
        as(EMPLOYER_DEMO).post("/api/v1/check-ins/" + checkIn + "/acknowledge").then().statusCode(403);
        as(BROKER_WEST).post("/api/v1/check-ins/" + checkIn + "/acknowledge").then().statusCode(200)
                .body("acknowledgedBy", is(BROKER_WEST));
        as(BROKER_WEST).get("/api/v1/caseload").then().body("signals.checkInId", not(hasItem(checkIn)));
    }

    @Test
    void hoursAndEvaluationAfterTheStart() {
        String[] p = proposeTo(EMPLOYER_DEMO_ID);
        String path = "/api/v1/portal/placements/" + p[2];
        as(EMPLOYER_DEMO).body(Map.of("startDate", LocalDate.now().toString())).post(path + "/accept").then().statusCode(200);
        int version = as(EMPLOYER_DEMO).get(path).then().extract().path("version");
        as(EMPLOYER_DEMO).header("If-Match", "\"" + version + "\"").body(Map.of("hoursDone", 8)).put(path + "/hours")
                .then().statusCode(409);
        as(BROKER_WEST).body(Map.of("startDate", LocalDate.now().toString())).post("/api/v1/placements/" + p[2] + "/start")
                .then().statusCode(200);
        version = as(EMPLOYER_DEMO).get(path).then().extract().path("version");
        as(EMPLOYER_DEMO).body(Map.of("hoursDone", 40)).put(path + "/hours").then().statusCode(428);
        as(EMPLOYER_DEMO).header("If-Match", "\"" + (version - 1) + "\"").body(Map.of("hoursDone", 40)).put(path + "/hours")
                .then().statusCode(412);
        as(EMPLOYER_DEMO).header("If-Match", "\"" + version + "\"").body(Map.of("hoursDone", -1)).put(path + "/hours")
                .then().statusCode(400).body("errors[0].field", containsString("hoursDone"));
        as(EMPLOYER_DEMO).header("If-Match", "\"" + version + "\"").body(Map.of("hoursDone", 40)).put(path + "/hours")
                .then().statusCode(200).body("hoursDone", is(40)).body("hoursConfirmedAt", notNullValue());
        as(BROKER_WEST).get("/api/v1/placements/" + p[2]).then().body("hoursDone", is(40))
                .body("hoursConfirmedAt", notNullValue());

        as(EMPLOYER_DEMO).body(Map.of("rating", 6, "text", "x")).post(path + "/evaluation").then().statusCode(400);
        as(EMPLOYER_DEMO).body(Map.of("rating", 4, "text", "Harde werker, soms wat stil."))
                .post(path + "/evaluation").then().statusCode(200).body("evaluationRating", is(4));
        as(EMPLOYER_DEMO).body(Map.of("rating", 5, "text", "Nog eens")).post(path + "/evaluation").then().statusCode(409);
        as(BROKER_WEST).get("/api/v1/placements/" + p[2]).then().body("evaluation", is("Harde werker, soms wat stil."));
    }

    @Test
    void theCompanyProfileAndPlacesAreTheEmployersOwn() {
        String[] user = Fixtures.activeEmployerUser();
        var me = employer(user[2]);
        int version = me.get("/api/v1/portal/profile").then().statusCode(200)
                .body("$", not(hasKey("sbbStatus"))).body("$", not(hasKey("supportNote")))
                .body("$", not(hasKey("ownerBroker"))).extract().path("version");
        employer(user[2]).header("If-Match", "\"" + version + "\"").body(Map.of("sbbStatus", "RECOGNISED"))
                .put("/api/v1/portal/profile").then().statusCode(400);
        employer(user[2]).header("If-Match", "\"" + version + "\"").body(Map.of("postcode", "12345"))
                .put("/api/v1/portal/profile").then().statusCode(400).body("errors[0].field", containsString("postcode"));
        employer(user[2]).header("If-Match", "\"" + version + "\"")
                .body(Map.of("description", "Wij leiden graag op.", "sectors", List.of("Bakkerij"), "phone", "020 123 4567"))
                .put("/api/v1/portal/profile").then().statusCode(200).body("description", is("Wij leiden graag op."));
        as(BROKER_WEST).get("/api/v1/employers/" + user[0]).then().body("description", is("Wij leiden graag op."))
                .body("updatedBy", is(user[1]));

        String place = employer(user[2]).body(Map.of("title", "Bakker in opleiding", "places", 2, "levelMin", 1, "levelMax", 2))
                .post("/api/v1/portal/places").then().statusCode(201).body("source", is("EMPLOYER_PORTAL"))
                .body("employerId", is(user[0])).extract().path("id");
        as(BROKER_WEST).get("/api/v1/places?employerId=" + user[0]).then().body("items.id", hasItem(place));
        as(BROKER_RIVIER).get("/api/v1/places/" + place).then().statusCode(404);
        employer(user[2]).body(Map.of("title", "x", "employerId", EMPLOYER_DEMO_ID)).post("/api/v1/portal/places")
                .then().statusCode(400);
        employer(user[2]).header("If-Match", "\"0\"").body(Map.of("title", "Bakker in opleiding", "status", "CLOSED",
                "certificateOfConductRequired", true))
                .put("/api/v1/portal/places/" + place).then().statusCode(200).body("status", is("CLOSED"))
                .body("source", is("EMPLOYER_PORTAL")).body("certificateOfConductRequired", is(true));
        employer(user[2]).get("/api/v1/portal/places").then().body("items.id", contains(place));
        // A broker reopening the employer's place keeps where it came from.
        as(BROKER_WEST).header("If-Match", "\"1\"").body(Map.of("employerId", user[0], "title", "Bakker in opleiding",
                "status", "OPEN")).put("/api/v1/places/" + place).then().statusCode(200).body("status", is("OPEN"))
                .body("source", is("EMPLOYER_PORTAL"));
        // The freshly invited employer has nothing of Bakkerij De Molen's.
        employer(user[2]).get("/api/v1/portal/candidates").then().body("total", is(0));
    }
}
