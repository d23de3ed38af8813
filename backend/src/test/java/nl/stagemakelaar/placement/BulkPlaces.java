package nl.stagemakelaar.placement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import nl.stagemakelaar.support.Fixtures;
import static nl.stagemakelaar.support.Api.BROKER_WEST;
import static nl.stagemakelaar.support.Api.ORG_WEST;
import static nl.stagemakelaar.support.Api.PROGRAMME_RETAIL_2;
import static nl.stagemakelaar.support.Api.SCHOOL_DELTA;
import static nl.stagemakelaar.support.Api.as;

/** Many open places of one employer in Stagepunt West, for matching at scale (MatchingTest); removed again afterwards. The benchmark is make bench. */
final class BulkPlaces {

    private BulkPlaces() {
    }

    /**
     * A retail student of level 2 in Amsterdam who needs language support, and an employer open to support
     * with {@code count} open places: the setting the matching test and the benchmark rank in. Returns the
     * student's id.
     */
    static String studentAmongPlaces(EntityManager em, int count) {
        String employer = Fixtures.employer(BROKER_WEST, Map.of("supportOpenness", "YES"));
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, PROGRAMME_RETAIL_2);
        as(BROKER_WEST).header("If-Match", "\"-1\"").body(Map.of("preferredSectors", "retail", "homeCity", "Amsterdam",
                "needs", List.of("LANGUAGE"))).put("/api/v1/students/" + student + "/intake").then().statusCode(200);
        insert(em, employer, count);
        return student;
    }

    static void insert(EntityManager em, String employer, int count) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into internship_place (id, organisation_id, employer_id, title, programme_id, sector, level_min,
                       level_max, places, start_date, city, created_by, updated_by)
                select gen_random_uuid(), cast(:org as uuid), cast(:employer as uuid), 'Bulk ' || g,
                       case when g % 8 = 0 then cast(:programme as uuid) end,
                       (array['retail','zorg','horeca','techniek','logistiek'])[1 + g % 5], 1 + g % 2, 2 + g % 3, 1 + g % 3,
                       current_date + (g % 120), (array['Amsterdam','Rotterdam','Utrecht','Almere'])[1 + g % 4], 'perf', 'perf'
                  from generate_series(1, :count) g""")
                .setParameter("org", ORG_WEST).setParameter("employer", employer)
                .setParameter("programme", PROGRAMME_RETAIL_2).setParameter("count", count).executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("analyze internship_place").executeUpdate());
    }

    static void delete(EntityManager em) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from internship_place where created_by = 'perf'").executeUpdate());
    }
}
