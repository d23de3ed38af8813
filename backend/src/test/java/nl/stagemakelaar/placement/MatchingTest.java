package nl.stagemakelaar.placement;

import static nl.stagemakelaar.support.Api.*;

import nl.stagemakelaar.support.Fixtures;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Constructed cases where the right order is obvious; places carry a unique sector and town. */
@QuarkusTest
class MatchingTest {

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    /**
     * 50,000 open places in one organisation; the budget is 100 ms per ranking. The assertion holds the budget itself (100 ms median)
     * over 15 requests; the measured median is printed (see the note on issue 5).
     */
    @Test
    void rankingFiftyThousandPlacesStaysWithinBudget() throws Exception {
        String employer = Fixtures.employer(BROKER_WEST, Map.of("supportOpenness", "YES"));
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, PROGRAMME_RETAIL_2);
        as(BROKER_WEST).header("If-Match", "\"-1\"").body(Map.of("preferredSectors", "retail", "homeCity", "Amsterdam",
                "needs", List.of("LANGUAGE"))).put("/api/v1/students/" + student + "/intake").then().statusCode(200);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into internship_place (id, organisation_id, employer_id, title, programme_id, sector, level_min,
                       level_max, places, start_date, city, created_by, updated_by)
                select gen_random_uuid(), cast(:org as uuid), cast(:employer as uuid), 'Bulk ' || g,
                       case when g % 8 = 0 then cast(:programme as uuid) end,
                       (array['retail','zorg','horeca','techniek','logistiek'])[1 + g % 5], 1 + g % 2, 2 + g % 3, 1 + g % 3,
                       current_date + (g % 120), (array['Amsterdam','Rotterdam','Utrecht','Almere'])[1 + g % 4], 'perf', 'perf'
                  from generate_series(1, 50000) g""")
                .setParameter("org", ORG_WEST).setParameter("employer", employer)
                .setParameter("programme", PROGRAMME_RETAIL_2).executeUpdate());
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("analyze internship_place").executeUpdate());
        try {
            for (int i = 0; i < 3; i++) {
                as(BROKER_WEST).get("/api/v1/students/" + student + "/matches").then().statusCode(200);
            }
            // Timed with the JDK's HTTP client: REST Assured's own overhead would dominate the figure.
            var http = java.net.http.HttpClient.newHttpClient();
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                            "http://127.0.0.1:" + io.restassured.RestAssured.port + "/api/v1/students/" + student + "/matches"))
                    .header("Authorization", "Bearer " + nl.stagemakelaar.support.Tokens.of(BROKER_WEST)).build();
            long[] times = new long[15];
            for (int i = 0; i < times.length; i++) {
                long t0 = System.nanoTime();
                var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
                times[i] = (System.nanoTime() - t0) / 1_000_000;
                org.junit.jupiter.api.Assertions.assertEquals(200, response.statusCode());
            }
            as(BROKER_WEST).get("/api/v1/students/" + student + "/matches").then().statusCode(200)
                    .body("size()", is(20)).body("[0].score", greaterThanOrEqualTo(90));
            java.util.Arrays.sort(times);
            System.out.println("MATCHING 50k places: median " + times[times.length / 2] + " ms, max "
                    + times[times.length - 1] + " ms (HTTP round trip, token verification included)");
            assertTrue(times[times.length / 2] < 100, "median " + times[times.length / 2] + " ms");
        } finally {
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "delete from internship_place where created_by = 'perf'").executeUpdate());
        }
    }

    @Test
    void theObviouslyBestPlaceRanksFirstWithItsReasons() {
        String sector = unique("sector");
        String town = unique("Dorp");
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, PROGRAMME_RETAIL_2);
        as(BROKER_WEST).header("If-Match", "\"-1\"").body(Map.of("preferredSectors", sector, "homeCity", town,
                        "needs", List.of("SELF_CONFIDENCE"), "internshipStartBy", LocalDate.now().plusDays(30).toString()))
                .put("/api/v1/students/" + student + "/intake").then().statusCode(200);

        String open = Fixtures.employer(BROKER_WEST, Map.of("supportOpenness", "YES", "ownerBroker", "broker.west"));
        String closed = Fixtures.employer(BROKER_WEST, Map.of("supportOpenness", "NO"));
        // Everything fits.
        String best = Fixtures.place(BROKER_WEST, open, Map.of("programmeId", PROGRAMME_RETAIL_2, "sector", sector,
                "city", town, "levelMin", 2, "levelMax", 3, "startDate", LocalDate.now().plusDays(10).toString()));
        // Same fit, but at an employer that does not take students with extra needs.
        String worse = Fixtures.place(BROKER_WEST, closed, Map.of("programmeId", PROGRAMME_RETAIL_2, "sector", sector,
                "city", town, "levelMin", 2, "levelMax", 3, "startDate", LocalDate.now().plusDays(10).toString()));
        // Wrong level and starts too late.
        String worst = Fixtures.place(BROKER_WEST, open, Map.of("sector", sector, "city", town, "levelMin", 4,
                "levelMax", 4, "startDate", LocalDate.now().plusDays(90).toString()));
        // Filled places are not offered.
        String full = Fixtures.place(BROKER_WEST, open, Map.of("programmeId", PROGRAMME_RETAIL_2, "sector", sector,
                "city", town, "places", 1));
        String other = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        String pid = as(BROKER_WEST).body(Fixtures.proposal(other, full)).post("/api/v1/placements").then()
                .statusCode(201).extract().path("id");
        as(BROKER_WEST).body(Map.of()).post("/api/v1/placements/" + pid + "/accept").then().statusCode(200);

        JsonPath matches = as(BROKER_WEST).queryParam("limit", 100).get("/api/v1/students/" + student + "/matches")
                .then().statusCode(200).extract().jsonPath();
        List<String> ids = matches.getList("placeId");
        assertTrue(ids.indexOf(best) == 0, "best first, got " + ids.subList(0, Math.min(5, ids.size())));
        assertTrue(ids.indexOf(worse) > 0 && ids.indexOf(worse) < ids.indexOf(worst) || !ids.contains(worst),
                "then the one without support, then the poor fit");
        assertTrue(!ids.contains(full), "a filled place is not offered");
        assertEquals(List.of("PROGRAMME", "SECTOR", "LEVEL", "REGION", "START", "SUPPORT", "WARM"),
                matches.getList("find { it.placeId == '" + best + "' }.reasons.code"));
        assertEquals(30 + 15 + 20 + 15 + 10 + 10 + 5, matches.getInt("find { it.placeId == '" + best + "' }.score"));
        assertEquals(30 + 15 + 20 + 15 + 10 - 10, matches.getInt("find { it.placeId == '" + worse + "' }.score"));
        // Deterministic: asking again gives the same order.
        as(BROKER_WEST).queryParam("limit", 100).get("/api/v1/students/" + student + "/matches").then()
                .body("placeId", is(ids));
        as(BROKER_WEST).get("/api/v1/students/" + student + "/matches?limit=0").then().statusCode(400);
    }

    @Test
    void anEmployersRecordWithTheOrganisationCounts() {
        String sector = unique("sector");
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        as(BROKER_WEST).header("If-Match", "\"-1\"").body(Map.of("preferredSectors", sector))
                .put("/api/v1/students/" + student + "/intake").then().statusCode(200);
        String good = Fixtures.employer(BROKER_WEST, Map.of());
        String bad = Fixtures.employer(BROKER_WEST, Map.of());
        for (String[] e : new String[][] {{good, "COMPLETE"}, {bad, "END"}}) {
            String s = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
            var body = Fixtures.proposal(s, null);
            body.remove("placeId");
            body.put("employerId", e[0]);
            String pid = as(BROKER_WEST).body(body).post("/api/v1/placements").then().statusCode(201).extract().path("id");
            as(BROKER_WEST).body(Map.of("startDate", LocalDate.now().toString())).post("/api/v1/placements/" + pid + "/accept");
            as(BROKER_WEST).body(Map.of("startDate", LocalDate.now().toString())).post("/api/v1/placements/" + pid + "/start");
            if (e[1].equals("COMPLETE")) {
                as(BROKER_WEST).body(Map.of()).post("/api/v1/placements/" + pid + "/complete").then().statusCode(200);
            } else {
                as(BROKER_WEST).body(Map.of("reason", "EMPLOYER_ENDED")).post("/api/v1/placements/" + pid + "/end-early")
                        .then().statusCode(200);
            }
        }
        String atGood = Fixtures.place(BROKER_WEST, good, Map.of("sector", sector));
        String atBad = Fixtures.place(BROKER_WEST, bad, Map.of("sector", sector));
        JsonPath m = as(BROKER_WEST).queryParam("limit", 100).get("/api/v1/students/" + student + "/matches").then()
                .statusCode(200).extract().jsonPath();
        List<String> ids = m.getList("placeId");
        assertTrue(ids.indexOf(atGood) < ids.indexOf(atBad), "the employer with a completed internship ranks higher");
        assertEquals(List.of(4), m.getList("find { it.placeId == '" + atGood + "' }.reasons.findAll { it.code == 'COMPLETED' }.points"));
        assertEquals(List.of(-6), m.getList("find { it.placeId == '" + atBad + "' }.reasons.findAll { it.code == 'ENDED_EARLY' }.points"));
    }
}
