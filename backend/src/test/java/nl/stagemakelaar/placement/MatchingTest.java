package nl.stagemakelaar.placement;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.stagemakelaar.support.Fixtures;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Constructed cases where the right order is obvious; places carry a unique sector and town. */
@QuarkusTest
class MatchingTest {

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    /**
     * 50,000 open places in one organisation: the ranking still answers with the best twenty. How fast it
     * answers is measured by {@code make bench} (MatchingBenchmark), not asserted here: a shared machine's
     * wall clock would make this test flaky.
     */
    @Test
    void rankingFiftyThousandPlacesGivesTheBestTwenty() {
        String student = BulkPlaces.studentAmongPlaces(em, 50_000);
        try {
            var ranked = as(BROKER_WEST).get("/api/v1/students/" + student + "/matches").then().statusCode(200)
                    .body("size()", is(20)).extract().jsonPath();
            List<Integer> scores = ranked.getList("score");
            // The best fit of the bulk (programme, sector, town, level, support) is there, and the list is sorted.
            assertTrue(scores.get(0) >= 90, "best score " + scores.get(0));
            for (int i = 1; i < scores.size(); i++) {
                assertTrue(scores.get(i - 1) >= scores.get(i), "sorted by score: " + scores);
            }
            // The answer came from the places for the student's programme or town (their best score far above what
            // any other place can reach); it is the same as scoring every open place, as this query does.
            @SuppressWarnings("unchecked")
            List<Object[]> all = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    select cast(p.id as text), (case when p.programme_id = cast(:programme as uuid) then 30 else 0 end)
                      + (case when p.sector = 'retail' then 15 else 0 end) + (case when 2 between p.level_min and p.level_max then 20 else 0 end)
                      + (case when p.city_key = 'amsterdam' then 15 else 0 end) + (case when p.start_date is null then 5 else 10 end)
                      + (case e.support_openness when 'YES' then 10 when 'NO' then -10 else 0 end)
                      + least(e.completed_placements, 3) * 4 - least(e.ended_early_placements, 2) * 6
                      + (case when e.owner_broker is not null then 5 else 0 end) as score
                      from internship_place p join employer e on e.id = p.employer_id
                     where p.organisation_id = cast(:org as uuid) and p.status = 'OPEN'
                       and (p.start_date is null or p.start_date >= current_date)
                       and p.places > (select count(*) from placement pl where pl.place_id = p.id
                                        and pl.status in ('ACCEPTED', 'ACTIVE', 'COMPLETED'))
                     order by score desc, p.start_date nulls last, p.id limit 20""")
                    .setParameter("programme", PROGRAMME_RETAIL_2).setParameter("org", ORG_WEST).getResultList());
            assertEquals(all.stream().map(r -> (String) r[0]).toList(), ranked.getList("placeId"));
            assertEquals(all.stream().map(r -> ((Number) r[1]).intValue()).toList(), scores);
        } finally {
            BulkPlaces.delete(em);
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
        // A place whose start date has passed is not offered (it cannot be started any more).
        String past = Fixtures.place(BROKER_WEST, open, Map.of("programmeId", PROGRAMME_RETAIL_2, "sector", sector,
                "city", town, "levelMin", 2, "levelMax", 3, "startDate", LocalDate.now().minusDays(1).toString()));
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
        assertEquals(1, ids.indexOf(worse), "then the one without support, got " + ids.subList(0, Math.min(5, ids.size())));
        assertTrue(!ids.contains(worst) || ids.indexOf(worst) > ids.indexOf(worse), "the poor fit comes after both");
        assertTrue(!ids.contains(full), "a filled place is not offered");
        assertTrue(!ids.contains(past), "a place that should have started yesterday is not offered");
        assertEquals(List.of("PROGRAMME", "SECTOR", "LEVEL", "REGION", "START", "SUPPORT", "WARM"),
                matches.getList("find { it.placeId == '" + best + "' }.reasons.code"));
        assertEquals(30 + 15 + 20 + 15 + 10 + 10 + 5, matches.getInt("find { it.placeId == '" + best + "' }.score"));
        assertEquals(30 + 15 + 20 + 15 + 10 - 10, matches.getInt("find { it.placeId == '" + worse + "' }.score"));
        // Deterministic: asking again gives the same order.
        as(BROKER_WEST).queryParam("limit", 100).get("/api/v1/students/" + student + "/matches").then()
                .body("placeId", is(ids));
        as(BROKER_WEST).get("/api/v1/students/" + student + "/matches?limit=0").then().statusCode(400);
    }

    /**
     * The employer's record reaches places made before it changed: the database keeps the counts per employer and
     * copies them to the employer's places (V37), and a seat freed by an internship ended early is offered again.
     */
    @Test
    void anEmployersRecordWithTheOrganisationCounts() {
        String sector = unique("sector");
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        as(BROKER_WEST).header("If-Match", "\"-1\"").body(Map.of("preferredSectors", sector))
                .put("/api/v1/students/" + student + "/intake").then().statusCode(200);
        String good = Fixtures.employer(BROKER_WEST, Map.of());
        String bad = Fixtures.employer(BROKER_WEST, Map.of());
        String atGood = Fixtures.place(BROKER_WEST, good, Map.of("sector", sector));
        String atBad = Fixtures.place(BROKER_WEST, bad, Map.of("sector", sector, "places", 1));
        assertEquals(List.of(), matches(student).getList("find { it.placeId == '" + atGood + "' }.reasons.findAll { it.code == 'COMPLETED' }"));
        for (String[] e : new String[][] {{good, null, "COMPLETE"}, {bad, atBad, "END"}}) {
            String s = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
            var body = Fixtures.proposal(s, e[1]);
            if (e[1] == null) {
                body.remove("placeId");
                body.put("employerId", e[0]);
            }
            String pid = Fixtures.runningInternship(body);
            if (e[1] != null) {
                assertTrue(!matches(student).getList("placeId").contains(atBad), "its one seat is taken while it runs");
            }
            if (e[2].equals("COMPLETE")) {
                as(BROKER_WEST).body(Map.of()).post("/api/v1/placements/" + pid + "/complete").then().statusCode(200);
            } else {
                as(BROKER_WEST).body(Map.of("reason", "EMPLOYER_ENDED", "endedBy", "EMPLOYER")).post("/api/v1/placements/" + pid + "/end-early")
                        .then().statusCode(200);
            }
        }
        JsonPath m = matches(student);
        List<String> ids = m.getList("placeId");
        assertTrue(ids.contains(atBad), "the seat is free again after the internship ended early");
        assertTrue(ids.indexOf(atGood) < ids.indexOf(atBad), "the employer with a completed internship ranks higher");
        assertEquals(List.of(4), m.getList("find { it.placeId == '" + atGood + "' }.reasons.findAll { it.code == 'COMPLETED' }.points"));
        assertEquals(List.of(-6), m.getList("find { it.placeId == '" + atBad + "' }.reasons.findAll { it.code == 'ENDED_EARLY' }.points"));
        as(BROKER_WEST).get("/api/v1/places/" + atBad).then().body("filled", is(0)).body("status", is("OPEN"));
    }

    /** Whatever the other tests did to placements so far, the kept counts equal a count of the placements. */
    @Test
    @jakarta.transaction.Transactional
    void theKeptCountsEqualACount() {
        Number employers = (Number) em.createNativeQuery("""
                select count(*) from employer e left join (
                  select employer_id, count(*) filter (where status = 'COMPLETED') c, count(*) filter (where status = 'ENDED_EARLY') x
                    from placement group by employer_id) p on p.employer_id = e.id
                 where e.completed_placements <> coalesce(p.c, 0) or e.ended_early_placements <> coalesce(p.x, 0)""").getSingleResult();
        Number places = (Number) em.createNativeQuery("""
                select count(*) from internship_place ip join employer e on e.id = ip.employer_id left join (
                  select place_id, count(*) n from placement where status in ('ACCEPTED', 'ACTIVE', 'COMPLETED') group by place_id) p
                    on p.place_id = ip.id
                 where ip.filled_placements <> coalesce(p.n, 0) or ip.employer_completed <> e.completed_placements
                    or ip.employer_ended_early <> e.ended_early_placements or ip.employer_warm <> (e.owner_broker is not null)
                    or ip.employer_support_openness <> e.support_openness""").getSingleResult();
        assertEquals(0, employers.intValue(), "employers whose kept counts differ from their placements");
        assertEquals(0, places.intValue(), "places whose kept figures differ");
    }

    private static JsonPath matches(String student) {
        return as(BROKER_WEST).queryParam("limit", 100).get("/api/v1/students/" + student + "/matches").then()
                .statusCode(200).extract().jsonPath();
    }
}
