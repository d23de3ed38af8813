package nl.stagemakelaar.matching;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.intake.Intake;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.student.Student;
import nl.stagemakelaar.student.StudentRepository;
import static nl.stagemakelaar.matching.MatchWeights.*;

/**
 * Ranks the organisation's open, not yet filled places for a student in SQL: every criterion is a 0/1 column,
 * the score their weighted sum, so the database sorts 50,000 places without shipping them to Java, and first
 * tries the places found by index for the student's programme and towns. Reasons are worded from the same
 * columns for the places returned.
 */
@ApplicationScoped
public class MatchingService {


    @Inject EntityManager em;
    @Inject StudentRepository students;
    @Inject Caller caller;

    @Transactional
    public List<MatchView> matches(UUID studentId, int limit) {
        UUID org = caller.organisationId();
        Student s = students.findInOrganisation(org, studentId).orElseThrow(() -> ApiException.notFound("Student"));
        Intake intake = Intake.findById(s.id);
        UUID programme = s.programme == null ? null : s.programme.id;
        Integer level = s.programme == null ? null : s.programme.level;
        // An array parameter: string_to_array on a parameter is evaluated once per place (≈5 ms at 50,000).
        String[] sectors = intake == null || intake.preferredSectors == null ? new String[0]
                : java.util.Arrays.stream(intake.preferredSectors.toLowerCase(Locale.ROOT).split(","))
                        .map(String::trim).filter(x -> !x.isEmpty()).toArray(String[]::new);
        String city = intake == null || intake.homeCity == null ? null : intake.homeCity.trim().toLowerCase(Locale.ROOT);
        String[] reach = intake == null ? new String[0]
                : intake.reachTowns().stream().map(t -> t.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        boolean hasNeeds = intake != null && !intake.needs().isEmpty();

        // One short scan per request: on a busy server parallel workers cost more than they save here
        // (measured 85 ms serial vs 118–180 ms parallel for 50,000 places on two cores under load).
        em.createNativeQuery("set local max_parallel_workers_per_gather = 0").executeUpdate();
        var student = new Criteria(programme, sectors, level, city, reach, s.internshipStartBy, hasNeeds);
        long t0 = System.nanoTime();
        // First only the places for the student's programme or in a town they can reach (found by index). A place
        // that is neither scores at most the bound below; when the last of the best `limit` scores above it, no place
        // outside can enter the list and it is the ranking of all places. Otherwise every open place is scored.
        if (programme != null || city != null || reach.length > 0) {
            List<Scored> narrowed = ranked(org, student, limit, RANKED_NARROWED);
            int bound = SECTOR + LEVEL + START + (hasNeeds ? SUPPORT : 0) + 3 * COMPLETED_EACH + WARM_RELATION;
            if (narrowed.size() == limit && narrowed.get(limit - 1).score() > bound) {
                Log.debugf("matching for %s: %d ms, programme and region", studentId, (System.nanoTime() - t0) / 1_000_000);
                return narrowed.stream().map(MatchingService::view).toList();
            }
        }
        List<Scored> all = ranked(org, student, limit, RANKED_ALL);
        Log.debugf("matching for %s: %d ms, every place", studentId, (System.nanoTime() - t0) / 1_000_000);
        return all.stream().map(MatchingService::view).toList();
    }

    /** The student's side of every criterion, bound as parameters. */
    private record Criteria(UUID programme, String[] sectors, Integer level, String city, String[] reach,
            LocalDate deadline, boolean needs) {
    }

    // Each criterion once, in SQL over the place p (which carries its employer's figures, V37). The ranking sums
    // them with their weights; the winners return them as columns, from which their reasons are worded.
    private static final String PROGRAMME_FIT = "case when p.programme_id = cast(:programme as uuid) then 1 else 0 end";
    private static final String SECTOR_FIT = "case when p.sector = any(cast(:sectors as text[])) then 1 else 0 end";
    private static final String LEVEL_FIT = "case when cast(:level as integer) between p.level_min and p.level_max then 1 else 0 end";
    private static final String REGION_FIT = "case when p.city_key = cast(:city as text) then 2 "
            + "when p.city_key = any(cast(:reach as text[])) then 1 else 0 end";
    private static final String START_FIT = "case when p.start_date is null then 1 "
            + "when cast(:deadline as date) is null or p.start_date <= cast(:deadline as date) then 2 else 0 end";
    private static final String SUPPORT_FIT = "case when not cast(:needs as boolean) then 0 "
            + "when p.employer_support_openness = 'YES' then 1 when p.employer_support_openness = 'NO' then -1 else 0 end";
    private static final String COMPLETED = "least(p.employer_completed, 3)";
    private static final String ENDED = "least(p.employer_ended_early, 2)";
    private static final String WARM = "case when p.employer_warm then 1 else 0 end";
    private static final String SCORE = "(%s) * %d + (%s) * %d + (%s) * %d + least(%s, 1) * %d + (%s) * %d / 2 + (%s) * %d + %s * %d - %s * %d + (%s) * %d"
            .formatted(PROGRAMME_FIT, PROGRAMME, SECTOR_FIT, SECTOR, LEVEL_FIT, LEVEL, REGION_FIT, REGION, START_FIT, START,
                    SUPPORT_FIT, SUPPORT, COMPLETED, COMPLETED_EACH, ENDED, ENDED_EARLY_EACH, WARM, WARM_RELATION);
    /**
     * The best {@code limit} open, not yet filled places that have not started, scored in the database: one scan
     * of the organisation's places (50,000 at 100,000 students: 132 ms when placements were counted and employers
     * joined per request, 42–55 ms with the figures on the place, EXPLAIN ANALYZE in docs/performance.md). The
     * slot takes the narrowing; both statements are written once, not per request.
     */
    private static final String RANKED = """
            with top as (
              select p.id, %s as score from internship_place p
               where p.organisation_id = :org and p.status = 'OPEN' and p.filled_placements < p.places
                 and (p.start_date is null or p.start_date >= current_date) %%s
               order by score desc, p.start_date nulls last, p.id limit :limit)
            select t.id as place_id, p.title, p.employer_id, e.name as employer_name, p.city, p.start_date,
                   %s as programme_fit, %s as sector_fit, %s as level_fit, %s as region_fit, %s as start_fit,
                   %s as support_fit, %s as completed, %s as ended, %s as warm, t.score
              from top t join internship_place p on p.id = t.id join employer e on e.id = p.employer_id
             order by t.score desc, p.start_date nulls last, t.id
            """.formatted(SCORE, PROGRAMME_FIT, SECTOR_FIT, LEVEL_FIT, REGION_FIT, START_FIT, SUPPORT_FIT, COMPLETED,
            ENDED, WARM);
    private static final String RANKED_ALL = RANKED.formatted("");
    /** Only the places for the student's programme or in their towns: indexes place_org_programme_idx and place_org_city_idx. */
    private static final String RANKED_NARROWED = RANKED.formatted("and (p.programme_id = cast(:programme as uuid) "
            + "or p.city_key = cast(:city as text) or p.city_key = any(cast(:reach as text[])))");

    private List<Scored> ranked(UUID org, Criteria c, int limit, String sql) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(sql, Tuple.class)
                .setParameter("org", org).setParameter("programme", c.programme()).setParameter("sectors", c.sectors())
                .setParameter("level", c.level()).setParameter("city", c.city()).setParameter("reach", c.reach())
                .setParameter("deadline", c.deadline()).setParameter("needs", c.needs()).setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(Scored::of).toList();
    }

    /** One scored place as the query returns it, read by column name. */
    private record Scored(UUID placeId, String title, UUID employerId, String employerName, String city,
            LocalDate startDate, int programmeFit, int sectorFit, int levelFit, int regionFit, int startFit,
            int supportFit, int completed, int ended, int warm, int score) {

        static Scored of(Tuple t) {
            Object start = t.get("start_date");
            return new Scored(t.get("place_id", UUID.class), t.get("title", String.class),
                    t.get("employer_id", UUID.class), t.get("employer_name", String.class), t.get("city", String.class),
                    start == null ? null : start instanceof LocalDate d ? d : ((Date) start).toLocalDate(),
                    num(t, "programme_fit"), num(t, "sector_fit"), num(t, "level_fit"), num(t, "region_fit"),
                    num(t, "start_fit"), num(t, "support_fit"), num(t, "completed"), num(t, "ended"), num(t, "warm"),
                    num(t, "score"));
        }

        private static int num(Tuple t, String column) {
            return ((Number) t.get(column)).intValue();
        }
    }

    private static MatchView view(Scored r) {
        List<MatchView.Reason> reasons = new ArrayList<>();
        if (r.programmeFit() == 1) {
            reasons.add(new MatchView.Reason("PROGRAMME", PROGRAMME, "place is for the student's programme"));
        }
        if (r.sectorFit() == 1) {
            reasons.add(new MatchView.Reason("SECTOR", SECTOR, "sector the student prefers"));
        }
        if (r.levelFit() == 1) {
            reasons.add(new MatchView.Reason("LEVEL", LEVEL, "student's level fits the place"));
        }
        if (r.regionFit() == 2) {
            reasons.add(new MatchView.Reason("REGION", REGION, "in the student's home town"));
        } else if (r.regionFit() == 1) {
            reasons.add(new MatchView.Reason("REACH", REGION, "in a town the student can travel to"));
        }
        if (r.startFit() == 2) {
            reasons.add(new MatchView.Reason("START", START, "starts before the student's deadline"));
        } else if (r.startFit() == 1) {
            reasons.add(new MatchView.Reason("START_OPEN", START / 2, "start date open"));
        } else {
            reasons.add(new MatchView.Reason("START_LATE", 0, "starts after the student's deadline"));
        }
        if (r.supportFit() == 1) {
            reasons.add(new MatchView.Reason("SUPPORT", SUPPORT, "employer welcomes students who need extra support"));
        } else if (r.supportFit() == -1) {
            reasons.add(new MatchView.Reason("NO_SUPPORT", -SUPPORT, "employer prefers students without extra needs"));
        }
        if (r.completed() > 0) {
            reasons.add(new MatchView.Reason("COMPLETED", r.completed() * COMPLETED_EACH,
                    r.completed() + " internship(s) completed here"));
        }
        if (r.ended() > 0) {
            reasons.add(new MatchView.Reason("ENDED_EARLY", -r.ended() * ENDED_EARLY_EACH,
                    r.ended() + " internship(s) ended early here"));
        }
        if (r.warm() == 1) {
            reasons.add(new MatchView.Reason("WARM", WARM_RELATION, "a broker keeps this relation warm"));
        }
        return new MatchView(r.placeId(), r.title(), r.employerId(), r.employerName(), r.city(), r.startDate(),
                r.score(), reasons);
    }
}
