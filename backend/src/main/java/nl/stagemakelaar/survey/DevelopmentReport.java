package nl.stagemakelaar.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * both a "before" and an "after" answer, the "after" given in the period. SQL pairs the answers; the paired
 * statistics (means, Wilcoxon signed-rank, effect size) are computed here from those pairs.
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
        List<Row> rows = Row.all(em.createNativeQuery("""
                select s.id as sid, i.code, i.theme, i.theme_title, i.text, i.position, b.scale_value as before, a.scale_value as after
                  from survey_response rb
                  join survey_response ra on ra.student_id = rb.student_id and ra.moment = 'AFTER'
                  join student s on s.id = rb.student_id
                  left join programme p on p.id = s.programme_id
                  join survey_answer b on b.response_id = rb.id and b.scale_value is not null
                  join survey_answer a on a.response_id = ra.id and a.item_code = b.item_code and a.scale_value is not null
                  join survey_item i on i.id = a.item_id
                 where rb.organisation_id = :org and rb.moment = 'BEFORE'
                   and (cast(:from as date) is null or ra.submitted_at >= cast(:from as date))
                   and (cast(:to as date) is null or ra.submitted_at < cast(:to as date) + 1)
                   and (cast(:gi as varchar) is null or s.guidance_intensity = :gi)
                   and (cast(:prog as uuid) is null or s.programme_id = :prog)
                   and (cast(:lvl as integer) is null or p.level = :lvl)
                   and (cast(:mine as varchar) is null or s.assigned_broker = :mine)
                 order by i.position, s.id""", Tuple.class)
                .setParameter("org", caller.organisationId()).setParameter("from", f.from()).setParameter("to", f.to())
                .setParameter("gi", f.guidanceIntensity() == null ? null : f.guidanceIntensity().name())
                .setParameter("prog", f.programmeId()).setParameter("lvl", f.level())
                .setParameter("mine", lead ? null : caller.username()));

        Map<String, List<int[]>> byStatement = new LinkedHashMap<>();
        Map<String, Row> statement = new LinkedHashMap<>();
        // Per theme, each student's mean over the theme's statements, before and after.
        Map<String, Map<UUID, double[]>> byTheme = new LinkedHashMap<>();
        Map<String, String> themeTitles = new LinkedHashMap<>();
        java.util.Set<UUID> students = new java.util.HashSet<>();
        for (Row r : rows) {
            int before = r.integer("before");
            int after = r.integer("after");
            statement.putIfAbsent(r.text("code"), r);
            byStatement.computeIfAbsent(r.text("code"), k -> new ArrayList<>()).add(new int[] {before, after});
            themeTitles.putIfAbsent(r.text("theme"), r.text("theme_title"));
            double[] sums = byTheme.computeIfAbsent(r.text("theme"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.uuid("sid"), k -> new double[3]);
            sums[0] += before;
            sums[1] += after;
            sums[2]++;
            students.add(r.uuid("sid"));
        }
        List<Line> statements = new ArrayList<>();
        byStatement.forEach((code, pairs) -> {
            Row r = statement.get(code);
            statements.add(line(r.text("theme"), r.text("theme_title"), code, r.text("text"),
                    pairs.stream().map(p -> new double[] {p[0], p[1]}).toList()));
        });
        List<Line> themes = new ArrayList<>();
        byTheme.forEach((theme, perStudent) -> themes.add(line(theme, themeTitles.get(theme), null, null,
                perStudent.values().stream().map(s -> new double[] {s[0] / s[2], s[1] / s[2]}).toList())));
        return new View(f.from(), f.to(), lead ? "ORGANISATION" : "MINE", students.size(), themes, statements);
    }

    static Line line(String theme, String title, String code, String text, List<double[]> pairs) {
        int n = pairs.size();
        double before = pairs.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double after = pairs.stream().mapToDouble(p -> p[1]).average().orElse(0);
        var test = WilcoxonSignedRank.test(pairs.stream().mapToDouble(p -> p[1] - p[0]).toArray());
        return new Line(theme, title, code, text, n, round(before), round(after), round(after - before), test.n(),
                n == 0 ? null : round(test.pValue(), 4), n == 0 ? null : round(test.effectSize(), 3), test.exact());
    }

    static double round(double v) {
        return round(v, 2);
    }

    static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }
}
