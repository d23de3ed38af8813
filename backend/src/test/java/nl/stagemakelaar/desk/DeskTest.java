package nl.stagemakelaar.desk;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.stagemakelaar.support.Fixtures;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The desk's API behind the SPA (issue 18): the employer relation without a student, places with filters,
 * an internship the student found, the student's reach in matching, the referral a case started from, names.
 */
@QuarkusTest
class DeskTest {

    static final String TODAY = LocalDate.now().toString();
    static final String Q_WEST_AREA = "00000000-0000-4000-f000-000000000001";
    static final String Q_WEST_HAS_PLACE = "00000000-0000-4000-f000-000000000002";
    static final String Q_WEST_SOON = "00000000-0000-4000-f000-000000000003";

    @Test
    void aVisitWithAnEmployerNeedsNoStudentAndMovesItsLastContact() {
        String employer = Fixtures.employer(BROKER_WEST, Map.of("visitEveryDays", 30));
        as(BROKER_WEST).get("/api/v1/employers/" + employer).then().statusCode(200).body("lastContactAt", nullValue());
        as(BROKER_WEST).queryParam("sort", "health").queryParam("q", name(employer)).get("/api/v1/employers").then().statusCode(200)
                .body("items[0].visitOverdue", is(true));

        String at = OffsetDateTime.now().minusDays(2).withNano(0).toString();
        as(BROKER_WEST).body(Map.of("channel", "IN_PERSON", "minutes", 45, "occurredAt", at,
                        "summary", "Kennismaking in de werkplaats")).post("/api/v1/employers/" + employer + "/contacts")
                .then().statusCode(201).body("studentId", nullValue()).body("party", is("EMPLOYER"))
                .body("employerId", is(employer));
        as(BROKER_WEST).get("/api/v1/employers/" + employer).then().statusCode(200).body("lastContactAt", notNullValue());
        as(BROKER_WEST).queryParam("sort", "health").queryParam("q", name(employer)).get("/api/v1/employers").then().statusCode(200)
                .body("items[0].visitOverdue", is(false)).body("items[0].lastContactAt", notNullValue());
        // An older contact does not move it back.
        as(BROKER_WEST).body(Map.of("channel", "PHONE", "minutes", 5, "occurredAt", OffsetDateTime.now().minusDays(90)
                .withNano(0).toString())).post("/api/v1/employers/" + employer + "/contacts").then().statusCode(201);
        String last = as(BROKER_WEST).get("/api/v1/employers/" + employer).then().extract().path("lastContactAt");
        assertTrue(OffsetDateTime.parse(last).isAfter(OffsetDateTime.now().minusDays(3)), last);

        // About one student: it lands in the student's contact log too.
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        as(BROKER_WEST).body(Map.of("channel", "PHONE", "minutes", 10, "studentId", student))
                .post("/api/v1/employers/" + employer + "/contacts").then().statusCode(201).body("studentId", is(student));
        as(BROKER_WEST).get("/api/v1/students/" + student + "/contacts").then().statusCode(200)
                .body("items[0].employerId", is(employer)).body("items[0].party", is("EMPLOYER"));
        as(BROKER_WEST).get("/api/v1/employers/" + employer + "/contacts").then().statusCode(200)
                .body("total", is(3)).body("items[0].studentId", is(student));
    }

    @Test
    void employerContactsAreScopedAndValidated() {
        String employer = Fixtures.employer(BROKER_WEST, Map.of());
        as(BROKER_RIVIER).body(Map.of("channel", "PHONE", "minutes", 5)).post("/api/v1/employers/" + employer + "/contacts")
                .then().statusCode(404);
        as(BROKER_RIVIER).get("/api/v1/employers/" + employer + "/contacts").then().statusCode(404);
        as(BROKER_RIVIER).get("/api/v1/employers/" + employer + "/outreach").then().statusCode(404);
        String rivierStudent = Fixtures.student(BROKER_RIVIER, SCHOOL_RIVIER, null);
        as(BROKER_WEST).body(Map.of("channel", "PHONE", "minutes", 5, "studentId", rivierStudent))
                .post("/api/v1/employers/" + employer + "/contacts").then().statusCode(400)
                .body("errors[0].field", is("studentId"));
        as(BROKER_WEST).body(Map.of("channel", "PIGEON", "minutes", 5)).post("/api/v1/employers/" + employer + "/contacts")
                .then().statusCode(400).contentType("application/problem+json");
        as(BROKER_WEST).body(Map.of("minutes", 5)).post("/api/v1/employers/" + employer + "/contacts")
                .then().statusCode(400).body("errors[0].field", is("channel"));
    }

    @Test
    void outreachCountsAsContactAndShowsInTheEmployersHistory() {
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        String company = unique("Drukkerij ");
        String employer = as(BROKER_WEST).body(Map.of("newEmployerName", company, "channel", "PHONE",
                        "result", "INTERESTED")).post("/api/v1/students/" + student + "/outreach")
                .then().statusCode(201).extract().path("employerId");
        as(BROKER_WEST).get("/api/v1/employers/" + employer).then().statusCode(200).body("lastContactAt", notNullValue());
        as(BROKER_WEST).get("/api/v1/employers/" + employer + "/outreach").then().statusCode(200)
                .body("total", is(1)).body("items[0].studentId", is(student)).body("items[0].broker", is("broker.west"))
                .body("items[0].result", is("INTERESTED"));
    }

    @Test
    void placesFilterBySectorTownLevelProgrammeAndStart() {
        String sector = unique("sector");
        String town = unique("Stad");
        String employer = Fixtures.employer(BROKER_WEST, Map.of());
        String fits = Fixtures.place(BROKER_WEST, employer, Map.of("sector", sector, "city", town, "levelMin", 2,
                "levelMax", 3, "programmeId", PROGRAMME_RETAIL_2, "startDate", LocalDate.now().plusDays(20).toString()));
        Fixtures.place(BROKER_WEST, employer, Map.of("sector", sector, "city", town, "levelMin", 1, "levelMax", 1,
                "startDate", LocalDate.now().plusDays(80).toString()));
        Fixtures.place(BROKER_WEST, employer, Map.of("sector", sector, "city", "Elders", "levelMin", 4, "levelMax", 4));

        String base = "/api/v1/places?status=OPEN&sector=" + sector;
        as(BROKER_WEST).get(base).then().statusCode(200).body("total", is(3));
        as(BROKER_WEST).get(base + "&city=" + town.toUpperCase()).then().statusCode(200).body("total", is(2));
        as(BROKER_WEST).get(base + "&level=2").then().statusCode(200).body("total", is(1)).body("items[0].id", is(fits));
        as(BROKER_WEST).get(base + "&programmeId=" + PROGRAMME_RETAIL_2).then().body("items.id", contains(fits));
        as(BROKER_WEST).get(base + "&startFrom=" + LocalDate.now().plusDays(10) + "&startTo="
                + LocalDate.now().plusDays(30)).then().statusCode(200).body("items.id", contains(fits));
        as(BROKER_RIVIER).get(base).then().statusCode(200).body("total", is(0));
        as(BROKER_WEST).get(base + "&startFrom=morgen").then().statusCode(400).body("errors[0].field", is("startFrom"));
        as(BROKER_WEST).get(base + "&level=7").then().statusCode(400).body("errors[0].field", is("level"));
    }

    @Test
    void anInternshipTheStudentFoundIsRecordedWithoutAProposal() {
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, PROGRAMME_RETAIL_2);
        String place = Fixtures.place(BROKER_WEST, Fixtures.employer(BROKER_WEST, Map.of()), Map.of());
        String proposal = as(BROKER_WEST).body(Fixtures.proposal(student, place)).post("/api/v1/placements").then()
                .statusCode(201).extract().path("id");
        String start = LocalDate.now().plusDays(7).toString();
        String end = LocalDate.now().plusDays(120).toString();

        var found = new HashMap<String, Object>(Map.of("studentId", student, "newEmployerName", unique("Kapsalon "),
                "startDate", start, "endDate", LocalDate.now().toString()));
        as(BROKER_WEST).body(found).post("/api/v1/placements/found").then().statusCode(400)
                .body("errors[0].field", is("endDate"));
        found.put("endDate", end);
        found.put("requiredHours", 480);
        as(BROKER_WEST).body(found).post("/api/v1/placements/found").then().statusCode(201)
                .body("type", is("FOUND_BY_STUDENT")).body("status", is("ACCEPTED")).body("profile", nullValue())
                .body("consentToShare", is(false)).body("startDate", is(start)).body("endDate", is(end))
                .body("requiredHours", is(480));
        as(BROKER_WEST).get("/api/v1/students/" + student).then().body("phase", is("PLACED"));
        as(BROKER_WEST).get("/api/v1/placements/" + proposal).then().body("status", is("WITHDRAWN"));
        // One agreed internship at a time.
        as(BROKER_WEST).body(found).post("/api/v1/placements/found").then().statusCode(409)
                .body("type", endsWith("already-placed"));
        // Another organisation's student is not in scope.
        found.put("studentId", Fixtures.student(BROKER_RIVIER, SCHOOL_RIVIER, null));
        as(BROKER_WEST).body(found).post("/api/v1/placements/found").then().statusCode(400)
                .body("errors[0].field", is("studentId"));
    }

    @Test
    void theProposalCarriesItsEndDate() {
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, PROGRAMME_RETAIL_2);
        String place = Fixtures.place(BROKER_WEST, Fixtures.employer(BROKER_WEST, Map.of()), Map.of());
        var body = new HashMap<>(Fixtures.proposal(student, place));
        body.put("endDate", LocalDate.now().plusDays(100).toString());
        String id = as(BROKER_WEST).body(body).post("/api/v1/placements").then().statusCode(201)
                .body("endDate", is(LocalDate.now().plusDays(100).toString())).extract().path("id");
        // Accepting with a start after the planned end is refused, naming the field.
        as(BROKER_WEST).header("If-Match", "\"0\"").body(Map.of("startDate", LocalDate.now().plusDays(101).toString()))
                .post("/api/v1/placements/" + id + "/accept").then().statusCode(400).body("errors[0].field", is("startDate"));
    }

    @Test
    void matchingCountsTownsTheStudentCanReach() {
        String sector = unique("sector");
        String home = unique("Thuis");
        String reachable = unique("Buurdorp");
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, PROGRAMME_RETAIL_2);
        as(BROKER_WEST).header("If-Match", "\"-1\"").body(Map.of("preferredSectors", sector, "homeCity", home,
                        "reachTowns", List.of(reachable, reachable.toUpperCase())))
                .put("/api/v1/students/" + student + "/intake").then().statusCode(200)
                .body("reachTowns", contains(reachable));
        String employer = Fixtures.employer(BROKER_WEST, Map.of());
        String near = Fixtures.place(BROKER_WEST, employer, Map.of("sector", sector, "city", reachable));
        String far = Fixtures.place(BROKER_WEST, employer, Map.of("sector", sector, "city", unique("Ver")));
        var matches = as(BROKER_WEST).get("/api/v1/students/" + student + "/matches?limit=100").then().statusCode(200)
                .extract().jsonPath();
        List<String> ids = matches.getList("placeId");
        assertTrue(ids.indexOf(near) >= 0 && (ids.indexOf(far) < 0 || ids.indexOf(near) < ids.indexOf(far)), ids.toString());
        List<String> reasons = matches.getList("find { it.placeId == '" + near + "' }.reasons.code");
        assertTrue(reasons.contains("REACH"), reasons.toString());

        as(BROKER_WEST).header("If-Match", "\"0\"").body(Map.of("reachTowns", List.of("Diemen, Zaandam")))
                .put("/api/v1/students/" + student + "/intake").then().statusCode(400)
                .body("errors[0].field", startsWith("reachTowns"));
        as(BROKER_WEST).header("If-Match", "\"0\"").body("{\"reachTowns\": [null]}")
                .put("/api/v1/students/" + student + "/intake").then().statusCode(400);
    }

    @Test
    void theCaseFileShowsTheReferralItStartedFromWithNames() {
        var referral = new HashMap<String, Object>();
        referral.put("schoolId", SCHOOL_DELTA);
        referral.put("student", Map.of("firstName", "Inloop", "lastName", unique("Student"), "dateOfBirth", "2006-01-01"));
        referral.put("referrer", Map.of("kind", "YOUTH_WORKER", "name", "Jongerenwerk Oost"));
        referral.put("channel", "WALK_IN");
        referral.put("reason", "STUDENT_STRUGGLES");
        referral.put("searchDuration", "MORE_THAN_TWO_MONTHS");
        referral.put("eligibilityAnswers", List.of(Map.of("questionId", Q_WEST_AREA, "answer", true),
                Map.of("questionId", Q_WEST_HAS_PLACE, "answer", false), Map.of("questionId", Q_WEST_SOON, "answer", true)));
        referral.put("consent", Map.of("student", true, "date", TODAY));
        var created = as(BROKER_WEST).body(referral).post("/api/v1/referrals").then().statusCode(201)
                .body("channel", is("WALK_IN")).extract();
        String id = created.path("id");
        String student = as(BROKER_WEST).header("If-Match", created.header("ETag")).body(Map.of())
                .post("/api/v1/referrals/" + id + "/accept").then().statusCode(200)
                .body("decidedBy", is("broker.west")).body("decidedByName", is("Noor Bakker"))
                .extract().path("studentId");
        as(BROKER_WEST).get("/api/v1/students/" + student + "/referral").then().statusCode(200)
                .body("id", is(id)).body("reason", notNullValue()).body("searchDuration", notNullValue());
        as(LEAD_WEST).get("/api/v1/students/" + student + "/referral").then().statusCode(200);
        as(BROKER_RIVIER).get("/api/v1/students/" + student + "/referral").then().statusCode(404);
        as(MENTOR_DELTA).get("/api/v1/students/" + student + "/referral").then().statusCode(403);
        // Registered directly: no referral.
        as(BROKER_WEST).get("/api/v1/students/" + Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null) + "/referral")
                .then().statusCode(404);
    }

    @Test
    void staffAreListedWithTheirNames() {
        as(BROKER_WEST).get("/api/v1/staff").then().statusCode(200)
                .body("find { it.username == 'broker.west' }.name", is("Noor Bakker"))
                .body("find { it.username == 'lead.west' }.role", is("LEAD"))
                .body("username", not(hasItem("broker.rivier")));
        as(MENTOR_DELTA).get("/api/v1/staff").then().statusCode(403);
        anonymous().get("/api/v1/staff").then().statusCode(401);
    }

    private static String name(String employerId) {
        return as(BROKER_WEST).get("/api/v1/employers/" + employerId).then().extract().path("name");
    }
}
