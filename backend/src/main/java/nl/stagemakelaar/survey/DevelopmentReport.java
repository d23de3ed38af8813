package nl.stagemakelaar.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Row;
import nl.stagemakelaar.organisation.GuidanceIntensity;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Development per statement and per theme for a cohort: students of the organisation (a broker: their own) with
 * both a "before" and an "after" answer, the "after" given in the period. SQL pairs the answers and counts the
 * pairs per difference; the statistics (means, Wilcoxon signed-rank, effect size) are computed here from those counts.
 * A theme's pair is a student's mean over the theme's statements, before and after.
 */
@ApplicationScoped
public class DevelopmentReport {

    @Inject EntityManager em;
    @Inject Caller caller;

    public record Filter(LocalDate from, LocalDate to, GuidanceIntensity guidanceIntensity, UUID programmeId, Integer level) {
    }

    @Schema(name = "DevelopmentLine")
    public record Line(String theme, String themeTitle, @Schema(nullable = true) String code, @Schema(nullable = true) String text,
            int pairs, double meanBefore, double meanAfter, double meanDifference,
            @Schema(description = "Pairs whose answer changed; the test uses these") int changed,
            @Schema(nullable = true, description = "Two-sided Wilcoxon signed-rank p-value; null without pairs") Double pValue,
            @Schema(nullable = true, description = "Matched-pairs rank-biserial correlation, −1 … 1") Double effectSize,
            @Schema(description = "Exact distribution (up to 50 changed pairs) or the normal approximation") boolean exact) {
    }

    @Schema(name = "DevelopmentReport")
    public record View(LocalDate from, LocalDate to, String scope, int students, List<Line> themes, List<Line> statements) {
    }

    @Transactional
    public View report(Filter f) {
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw ApiException.invalidField("to", "Order", "to is before from");
        }
        boolean lead = caller.hasRole(Roles.LEAD);
        // SQL counts the pairs per statement and difference, and per theme and a student's mean difference, in one
        // pass with two grouping sets: at 100,000 students a cohort has 350,000 pairs (reading them one by one made
        // the report take 3.0 s). Each "after" answer carries its "before" (V44), so a pair is one row of an index;
        // pairing the answers here took 890 of 1,200 ms. The hash of the 116,000 student-themes needs about 25 MB:
        // with the default work memory PostgreSQL sorted them on disk instead (640 against 375 ms).
        em.createNativeQuery("set local work_mem = '32MB'").executeUpdate();
        // The student's row only when a filter asks about it: joined for nothing it cost 70 ms of those 375. A
        // student is their "after" response (one per student); a theme's row counts its students per difference and
        // number of statements answered.
        boolean byStudent = !lead || f.guidanceIntensity() != null || f.programmeId() != null || f.level() != null;
        var query = em.createNativeQuery("""
                with cohort as (
                        select ra.id from survey_response ra %s
                         where ra.organisation_id = :org and ra.moment = 'AFTER'
                           and (cast(:from as date) is null or ra.submitted_at >= cast(:from as date))
                           and (cast(:to as date) is null or ra.submitted_at < cast(:to as date) + 1) %s),
                     grouped as materialized (
                        select grouping(a.item_code) as by_theme, a.item_code as code, a.scale_value - a.before_value as step,
                               i.theme, r.id as sid, sum(a.scale_value - a.before_value) as difference, count(*) as pairs,
                               sum(a.before_value) as before, sum(a.scale_value) as after
                          from cohort r join survey_answer a on a.response_id = r.id join (%s) i on i.code = a.item_code
                         where a.before_value is not null
                         group by grouping sets ((a.item_code, a.scale_value - a.before_value), (i.theme, r.id)))
                select 'STATEMENT' as kind, code as key, step as difference, 1 as statements, pairs, before, after
                  from grouped where by_theme = 0
                union all
                select 'THEME', theme, difference, pairs, count(*),
                       sum(cast(before as float8) / pairs), sum(cast(after as float8) / pairs)
                  from grouped where by_theme = 1
                 group by theme, difference, pairs
                union all
                select 'STUDENTS', null, 0, 1, count(distinct sid), 0, 0 from grouped where by_theme = 1""".formatted(
                byStudent ? "join student s on s.id = ra.student_id left join programme p on p.id = s.programme_id" : "",
                byStudent ? """
                           and (cast(:gi as varchar) is null or s.guidance_intensity = :gi)
                           and (cast(:prog as uuid) is null or s.programme_id = :prog)
                           and (cast(:lvl as integer) is null or p.level = :lvl)
                           and (cast(:mine as varchar) is null or s.assigned_broker = :mine)""" : "",
                STATEMENTS), Tuple.class)
                .setParameter("org", caller.organisationId()).setParameter("from", f.from()).setParameter("to", f.to());
        if (byStudent) {
            query.setParameter("gi", f.guidanceIntensity() == null ? null : f.guidanceIntensity().name())
                    .setParameter("prog", f.programmeId()).setParameter("lvl", f.level())
                    .setParameter("mine", lead ? null : caller.username());
        }
        List<Row> rows = Row.all(query);
        List<Row> statementRows = Row.all(em.createNativeQuery("select * from (" + STATEMENTS + ") s order by position", Tuple.class));

        Map<String, Counted> byStatement = new HashMap<>();
        Map<String, Counted> byTheme = new HashMap<>();
        int students = 0;
        for (Row r : rows) {
            switch (r.text("kind")) {
                case "STATEMENT" -> byStatement.computeIfAbsent(r.text("key"), k -> new Counted()).add(r);
                case "THEME" -> byTheme.computeIfAbsent(r.text("key"), k -> new Counted()).add(r);
                default -> students = (int) r.count("pairs");
            }
        }
        // Statements in the order of the "after" questionnaire, themes in the order of their first statement.
        List<Line> statements = new ArrayList<>();
        Map<String, Line> themes = new LinkedHashMap<>();
        for (Row item : statementRows) {
            Counted pairs = byStatement.get(item.text("code"));
            if (pairs != null) {
                String theme = item.text("theme");
                statements.add(pairs.line(theme, item.text("theme_title"), item.text("code"), item.text("text")));
                themes.computeIfAbsent(theme, t -> byTheme.get(t).line(t, item.text("theme_title"), null, null));
            }
        }
        return new View(f.from(), f.to(), lead ? "ORGANISATION" : "MINE", students, List.copyOf(themes.values()), statements);
    }

    /**
     * The statements of the "after" questionnaire a cohort is paired on, with their theme and place, one per code:
     * when the questionnaire had more versions, as the newest asks it.
     */
    private static final String STATEMENTS = """
            select distinct on (i.code) i.code, i.theme, i.theme_title, i.text, i.position
              from survey_item i join survey_instrument n on n.id = i.instrument_id
             where n.moment = 'AFTER'
             order by i.code, n.version desc""";

    /** A line's pairs as SQL counted them: per difference how many, and the sums of the scores before and after. */
    private static final class Counted {
        final List<Double> differences = new ArrayList<>();
        final List<Long> counts = new ArrayList<>();
        long pairs;
        double before;
        double after;

        void add(Row r) {
            // A theme's difference is the student's mean difference: the sum over their statements / how many.
            differences.add((double) r.count("difference") / r.count("statements"));
            counts.add(r.count("pairs"));
            pairs += r.count("pairs");
            before += r.decimal("before");
            after += r.decimal("after");
        }

        Line line(String theme, String title, String code, String text) {
            var test = WilcoxonSignedRank.test(differences.stream().mapToDouble(Double::doubleValue).toArray(),
                    counts.stream().mapToLong(Long::longValue).toArray());
            double meanBefore = before / pairs;
            double meanAfter = after / pairs;
            return new Line(theme, title, code, text, (int) pairs, round(meanBefore), round(meanAfter),
                    round(meanAfter - meanBefore), test.n(), round(test.pValue(), 4), round(test.effectSize(), 3), test.exact());
        }
    }

    static double round(double v) {
        return round(v, 2);
    }

    static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }
}
