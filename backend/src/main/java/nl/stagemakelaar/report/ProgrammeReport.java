package nl.stagemakelaar.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Row;
import nl.stagemakelaar.organisation.OrganisationRepository;
import nl.stagemakelaar.report.ProgrammeReportView.Figure;
import nl.stagemakelaar.report.ProgrammeReportView.FigureRow;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.security.Roles;

/**
 * The report's tables and figures from live data, each one SQL aggregate over the period's participants: the
 * organisation's students (a broker: their own) whose case was open at some time in the period. Closures,
 * answers and contacts are those of the participants; the network is the organisation's.
 */
@ApplicationScoped
public class ProgrammeReport {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final List<String> LEVELS = List.of("VMBO", "HAVO", "MBO_1", "MBO_2", "MBO_3", "MBO_4", "HBO", "UNKNOWN");
    static final List<String> BUCKETS = List.of("0", "1-3", "4-5", "6-10", "11-20", "21+");
    static final List<String> OUTCOMES = List.of("PLACED_EXTERNALLY", "PLACED_OWN_ORGANISATION", "FOUND_THEMSELVES",
            "NOT_PLACED", "STOPPED_OR_SWITCHED", "DIPLOMA");
    static final List<String> FIGURE_ORDER = List.of("REASON_FOR_CONTACT", "SEARCH_DURATION", "DISCRIMINATION", "FIRST_CHANNEL");
    /** The students' own answers behind figures 2.1–2.4 (reasons, search duration, discrimination, first channel). */
    static final Map<String, String> OWN_ANSWERS = Map.of("reasons", "REASON_FOR_CONTACT",
            "searchDuration", "SEARCH_DURATION", "discrimination", "DISCRIMINATION", "firstChannel", "FIRST_CHANNEL");

    /**
     * The period's participants and their closings, computed once per report into temporary tables (dropped at the
     * end of the transaction): every student figure starts from them, and computing them again per figure cost more
     * than the figures (measured: docs/performance.md). Not materialised: a figure that names p twice would otherwise
     * copy the 70,000 participants into a work table (spilled to disk at 100,000 students) instead of reading the
     * table twice (the speed figure 283 -> 155 ms in EXPLAIN ANALYZE).
     */
    static final String PARTICIPANTS = """
            with p as not materialized (select * from report_participant),
                 closed as not materialized (select * from report_closed)
            """;

    static final String[] MATERIALISE = {
        """
        create temp table if not exists report_participant (id uuid primary key, programme_id uuid, assigned_broker varchar(100),
            created_at timestamptz, level varchar(10), programme varchar(200), contacts bigint, minutes bigint) on commit drop""",
        """
        create temp table if not exists report_closed (like case_closure) on commit drop""",
        """
        insert into report_participant
        select s.id, s.programme_id, s.assigned_broker, s.created_at,
               coalesce(s.education_level, 'MBO_' || pr.level, 'UNKNOWN'), pr.name, s.contact_count, s.contact_minutes
          from student s left join programme pr on pr.id = s.programme_id
         where s.organisation_id = :org and s.created_at < :to
           and (s.phase <> 'CLOSED' or exists (select 1 from case_closure c where c.student_id = s.id
                                                 and c.reopened_at is null and c.closed_at >= :from))
           and (cast(:mine as varchar) is null or s.assigned_broker = :mine)""",
        """
        insert into report_closed
        select c.* from case_closure c join report_participant p on p.id = c.student_id
         where c.reopened_at is null and c.closed_at >= :from and c.closed_at < :to""",
        // Statistics on the join keys only: the plans need the row counts, and a full analyze cost 60 ms.
        "analyze report_participant (id)",
        "analyze report_closed (student_id)",
    };

    @Inject EntityManager em;
    @Inject Caller caller;
    @Inject OrganisationRepository organisations;
    @Inject ObjectMapper json;
    @Inject ReportSnapshots snapshots;

    /**
     * The report of the period: a broker's own always computed now; the organisation's (a lead's) kept for some
     * minutes and shared by the organisation's leads ({@link ReportSnapshots}), unless refresh asks for now.
     */
    @Transactional
    public ProgrammeReportView report(LocalDate from, LocalDate to, boolean refresh) {
        // Today in the Netherlands: between midnight there and midnight UTC the dates differ.
        LocalDate end = to == null ? LocalDate.now(ZONE) : to;
        LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
        if (end.isBefore(start)) {
            throw ApiException.invalidField("to", "Order", "to is before from");
        }
        if (start.plusYears(5).isBefore(end)) {
            throw ApiException.invalidField("from", "Range", "a report covers at most five years");
        }
        if (!caller.hasRole(Roles.LEAD)) {
            return compute(start, end, caller.username());
        }
        UUID org = caller.organisationId();
        if (!refresh) {
            // Looked for again after the lock: another lead's request may have computed it meanwhile. A refresh
            // takes no lock: the figures of now cannot come from a computation that started before it.
            var kept = snapshots.fresh(org, start, end).or(() -> {
                snapshots.lock(org);
                return snapshots.fresh(org, start, end);
            });
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        ProgrammeReportView computed = compute(start, end, null);
        snapshots.keep(org, computed);
        return computed;
    }

    /** The figures now: the organisation's (mine null) or one broker's own students'. */
    private ProgrammeReportView compute(LocalDate start, LocalDate end, String mine) {
        OffsetDateTime at = OffsetDateTime.now();
        boolean lead = mine == null;
        var q = new Params(caller.organisationId(), start.atStartOfDay(ZONE).toOffsetDateTime(),
                end.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime(), mine);
        BigDecimal hourly = organisations.findByIdOptional(q.org).map(o -> o.hourlyCost).orElse(null);
        for (String statement : MATERIALISE) {
            bind(em.createNativeQuery(statement), q).executeUpdate();
        }

        List<Figure> figures = new ArrayList<>();
        figures.add(byKey("participants", List.of("participants", "completed"), LEVELS, rows(q, PARTICIPANTS + """
                select p.level as key, count(*) as participants, count(c.id) as completed
                  from p left join closed c on c.student_id = p.id group by p.level""")));
        figures.add(new Figure("programmes", List.of("participants"), rows(q, PARTICIPANTS + """
                select coalesce(p.programme, '') as key, count(*) as n from p group by p.programme
                 order by count(*) desc, p.programme limit 30""").stream()
                .map(r -> new FigureRow(r.text("key").isEmpty() ? "NONE" : "PROGRAMME", r.text("key").isEmpty() ? null : r.text("key"),
                        List.of((double) r.count("n")))).toList()));
        figures.add(byKey("outcomes", List.of("students"), OUTCOMES, rows(q, PARTICIPANTS + """
                select placement_outcome as key, count(*) as n from closed group by placement_outcome
                union all select 'STOPPED_OR_SWITCHED', count(*) from closed where education_outcome in ('STOPPED', 'SWITCHED_PROGRAMME')
                union all select 'DIPLOMA', count(*) from closed where education_outcome = 'DIPLOMA'""")));
        Map<String, Map<String, long[]>> answers = answers(q);
        ownAnswers(answers, figures);
        figures.add(byKey("contacts", List.of("students"), BUCKETS, rows(q, PARTICIPANTS + """
                select case when contacts = 0 then '0' when contacts <= 3 then '1-3' when contacts <= 5 then '4-5'
                            when contacts <= 10 then '6-10' when contacts <= 20 then '11-20' else '21+' end as key, count(*) as n
                  from p group by 1""")));
        figures.add(satisfaction(answers));
        Row funnel = rows(q, PARTICIPANTS + """
                select (select count(*) from referral r where r.organisation_id = :org and r.submitted_at >= :from and r.submitted_at < :to
                          and (cast(:mine as varchar) is null or r.student_id in (select id from p))) as referred,
                       (select count(*) from referral r where r.organisation_id = :org and r.status = 'ACCEPTED'
                          and r.decided_at >= :from and r.decided_at < :to
                          and (cast(:mine as varchar) is null or r.student_id in (select id from p))) as accepted,
                       (select count(*) from p) as participants,
                       pl.proposed, pl.placed, pl.completed
                  from (select count(distinct pl.student_id) as proposed,
                               count(distinct pl.student_id) filter (where pl.status in ('ACCEPTED', 'ACTIVE', 'COMPLETED', 'ENDED_EARLY')) as placed,
                               count(distinct pl.student_id) filter (where pl.status = 'COMPLETED') as completed
                          from placement pl join p on p.id = pl.student_id) pl""").get(0);
        figures.add(new Figure("funnel", List.of("students"), Arrays.stream(new String[] {"referred", "accepted", "participants",
                "proposed", "placed", "completed"}).map(k -> new FigureRow(k.toUpperCase(), null, List.of((double) funnel.count(k)))).toList()));
        Row speed = rows(q, PARTICIPANTS + """
                select percentile_cont(0.5) within group (order by days) as median_days, count(days) as placed,
                       (select count(*) from outreach o join p on p.id = o.student_id) / nullif((select count(*) from p), 0)::numeric as approached
                  from (select extract(epoch from (min(t.occurred_at) - p.created_at)) / 86400 as days
                          from p join timeline_entry t on t.student_id = p.id
                         where t.kind = 'PLACEMENT_CHANGED' and t.detail like '%ACCEPTED ·%' group by p.id, p.created_at) d""").get(0);
        figures.add(new Figure("speed", List.of("value"), List.of(
                new FigureRow("MEDIAN_DAYS_TO_PLACEMENT", null, List.of(round(speed.decimal("median_days")))),
                new FigureRow("EMPLOYERS_APPROACHED_PER_STUDENT", null, List.of(round(speed.decimal("approached")))))));
        time(q, hourly, figures);
        network(q, figures);
        if (lead) {
            figures.add(new Figure("brokers", List.of("activeCases", "maxActiveCases", "hoursPerWeek", "minutes"), rows(q, """
                    select m.username as key, m.display_name as label, m.max_active_cases, m.hours_per_week,
                           (select count(*) from student s where s.organisation_id = :org and s.assigned_broker = m.username
                              and s.phase <> 'CLOSED') as active,
                           (select coalesce(sum(c.minutes), 0) from contact c where c.organisation_id = :org and c.author = m.username
                              and c.occurred_at >= :from and c.occurred_at < :to) as minutes
                      from staff_member m where m.organisation_id = :org and m.role = 'BROKER' order by m.display_name""").stream()
                    .map(r -> new FigureRow(r.text("key"), r.text("label"), Arrays.asList((double) r.count("active"),
                            nullable(r.integer("max_active_cases")), nullable(r.integer("hours_per_week")), (double) r.count("minutes"))))
                    .toList()));
        }
        return new ProgrammeReportView(start, end, lead ? "ORGANISATION" : "MINE", hourly, at, figures);
    }

    /**
     * The participants' answers the report shows, counted in one pass over the answers (the satisfaction
     * statements "after", the own answers "before"): moment + code → value or choice → count. Reading the answers
     * twice cost 90 ms at 10,000 students; the code index keeps the other statements out.
     */
    private Map<String, Map<String, long[]>> answers(Params q) {
        Map<String, Map<String, long[]>> out = new LinkedHashMap<>();
        // The participants' responses first, materialised: every answer is then probed against one small hash, not
        // against all responses and then the participants (100,000 students, 510,000 answers: 540 -> 310 ms).
        rows(q, PARTICIPANTS + """
                , rp as materialized (select r.id, r.moment from survey_response r join p on p.id = r.student_id)
                select rp.moment, a.item_code, coalesce(cast(a.scale_value as varchar), a.choice) as answer, count(*) as n
                  from survey_answer a join rp on rp.id = a.response_id
                 where a.item_code in (select i.code from survey_item i where i.kind = 'CHOICE'
                                          or i.theme in ('SATISFACTION_INTERNSHIP', 'SATISFACTION_BROKER', 'IMPACT'))
                 group by 1, 2, 3""").forEach(r -> out.computeIfAbsent(r.text("moment") + ":" + r.text("item_code"),
                k -> new LinkedHashMap<>()).put(r.text("answer"), new long[] {r.count("n")}));
        return out;
    }

    /** 3.1–3.3: per satisfaction statement "after", n, the mean and how many gave each rating. */
    private Figure satisfaction(Map<String, Map<String, long[]>> answers) {
        List<FigureRow> rows = new ArrayList<>();
        Row.all(em.createNativeQuery("""
                select i.code, min(i.text) as label from survey_item i join survey_instrument s on s.id = i.instrument_id
                 where s.moment = 'AFTER' and i.kind = 'SCALE' and i.theme in ('SATISFACTION_INTERNSHIP', 'SATISFACTION_BROKER', 'IMPACT')
                 group by i.code order by min(i.position)""", Tuple.class)).forEach(r -> {
            Map<String, long[]> n = answers.get("AFTER:" + r.text("code"));
            if (n == null) {
                return;
            }
            double[] counts = new double[5];
            double sum = 0;
            long total = 0;
            for (int v = 1; v <= 5; v++) {
                long c = n.getOrDefault(String.valueOf(v), new long[1])[0];
                counts[v - 1] = c;
                sum += v * c;
                total += c;
            }
            rows.add(new FigureRow(r.text("code"), r.text("label"), List.of((double) total, total == 0 ? 0 : round(sum / total),
                    counts[0], counts[1], counts[2], counts[3], counts[4])));
        });
        return new Figure("satisfaction", List.of("n", "mean", "1", "2", "3", "4", "5"), rows);
    }

    /** 2.1–2.4 from the students' own "before" answers, every option of the active questionnaire listed. */
    private void ownAnswers(Map<String, Map<String, long[]>> answers, List<Figure> figures) {
        Map<String, String> options = new LinkedHashMap<>();
        Row.all(em.createNativeQuery("""
                select i.code, i.options::text as options from survey_item i join survey_instrument s on s.id = i.instrument_id
                 where s.moment = 'BEFORE' and s.active and i.kind = 'CHOICE'""", Tuple.class)).forEach(r -> options.put(r.text("code"), r.text("options")));
        OWN_ANSWERS.entrySet().stream().sorted(Map.Entry.comparingByValue(java.util.Comparator.comparing(FIGURE_ORDER::indexOf)))
                .forEach(e -> {
            Map<String, long[]> n = answers.getOrDefault("BEFORE:" + e.getValue(), Map.of());
            List<FigureRow> rows = new ArrayList<>();
            for (var o : parse(options.get(e.getValue()))) {
                rows.add(new FigureRow(o.get("code"), o.get("label"), List.of((double) n.getOrDefault(o.get("code"), new long[1])[0])));
            }
            figures.add(new Figure(e.getKey(), List.of("students"), rows));
        });
    }

    /** Minutes logged per student and per outcome; with the hourly cost, what a student, a placement and a completed internship cost. */
    private void time(Params q, BigDecimal hourly, List<Figure> figures) {
        List<Row> perOutcome = rows(q, PARTICIPANTS + """
                , minutes as (select p.id, p.minutes as m from p)
                select 'ALL' as key, count(*) as students, coalesce(sum(m.m), 0) as total, coalesce(avg(m.m), 0) as mean from minutes m
                union all
                select cl.placement_outcome, count(*), coalesce(sum(m.m), 0), coalesce(avg(m.m), 0)
                  from closed cl join minutes m on m.id = cl.student_id group by cl.placement_outcome""");
        Row placed = rows(q, PARTICIPANTS + """
                select count(*) filter (where pl.status in ('ACCEPTED', 'ACTIVE', 'COMPLETED', 'ENDED_EARLY')) as placements,
                       count(*) filter (where pl.status = 'COMPLETED') as completed
                  from placement pl join p on p.id = pl.student_id""").get(0);
        double rate = hourly == null ? Double.NaN : hourly.doubleValue();
        List<FigureRow> rows = new ArrayList<>();
        double total = 0;
        long students = 0;
        for (Row r : perOutcome) {
            double mean = r.decimal("mean");
            if ("ALL".equals(r.text("key"))) {
                total = r.decimal("total");
                students = r.count("students");
            }
            rows.add(new FigureRow(r.text("key"), null, Arrays.asList((double) r.count("students"), round(mean), cost(mean, rate))));
        }
        rows.add(new FigureRow("PER_PLACEMENT", null, Arrays.asList((double) placed.count("placements"),
                placed.count("placements") == 0 ? null : round(total / placed.count("placements")),
                placed.count("placements") == 0 ? null : cost(total / placed.count("placements"), rate))));
        rows.add(new FigureRow("PER_COMPLETED", null, Arrays.asList((double) placed.count("completed"),
                placed.count("completed") == 0 ? null : round(total / placed.count("completed")),
                placed.count("completed") == 0 ? null : cost(total / placed.count("completed"), rate))));
        figures.add(new Figure("time", List.of("students", "minutes", "cost"), rows));
    }

    /** The organisation's network: new training companies per month, active and repeat hosts, the SBB-recognised share. */
    private void network(Params q, List<Figure> figures) {
        figures.add(new Figure("newEmployers", List.of("employers"), rows(q, """
                select to_char(date_trunc('month', e.created_at at time zone 'Europe/Amsterdam'), 'YYYY-MM') as key, count(*) as n
                  from employer e where e.organisation_id = :org and e.created_at >= :from and e.created_at < :to
                 group by 1 order by 1""").stream().map(r -> new FigureRow(r.text("key"), null, List.of((double) r.count("n")))).toList()));
        Row n = rows(q, """
                select (select count(distinct pl.employer_id) from placement pl where pl.organisation_id = :org
                          and pl.status in ('ACTIVE', 'COMPLETED', 'ENDED_EARLY') and pl.start_date < cast(:to as date)
                          and coalesce(pl.end_date, 'infinity'::date) >= cast(:from as date)) as active,
                       (select count(*) from (select pl.employer_id from placement pl where pl.organisation_id = :org
                          and pl.status in ('ACTIVE', 'COMPLETED', 'ENDED_EARLY') group by pl.employer_id having count(*) > 1) r) as repeat,
                       (select count(*) from employer e where e.organisation_id = :org) as employers,
                       (select count(*) from employer e where e.organisation_id = :org and e.sbb_status = 'RECOGNISED') as recognised""").get(0);
        figures.add(new Figure("network", List.of("value"), List.of(
                new FigureRow("ACTIVE_HOSTS", null, List.of((double) n.count("active"))),
                new FigureRow("REPEAT_HOSTS", null, List.of((double) n.count("repeat"))),
                new FigureRow("EMPLOYERS", null, List.of((double) n.count("employers"))),
                new FigureRow("SBB_RECOGNISED_SHARE", null, List.of(n.count("employers") == 0 ? 0.0
                        : round(100.0 * n.count("recognised") / n.count("employers")))))));
    }

    /** Rows in a fixed order of keys (zero where the data has none); other keys the data has are appended. */
    private static Figure byKey(String id, List<String> columns, List<String> order, List<Row> data) {
        Map<String, List<Double>> found = new LinkedHashMap<>();
        for (Row r : data) {
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                values.add((double) r.count(i == 0 && columns.size() == 1 ? "n" : columns.get(i)));
            }
            found.merge(r.text("key"), values, (a, b) -> a);
        }
        List<FigureRow> rows = new ArrayList<>();
        for (String k : order) {
            rows.add(new FigureRow(k, null, found.getOrDefault(k, columns.stream().map(c -> 0.0).toList())));
        }
        found.keySet().stream().filter(k -> !order.contains(k)).forEach(k -> rows.add(new FigureRow(k, null, found.get(k))));
        return new Figure(id, columns, rows);
    }

    private List<Map<String, String>> parse(String options) {
        try {
            return options == null ? List.of() : json.readValue(options, new TypeReference<List<Map<String, String>>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("survey options are not JSON", e);
        }
    }

    private static Double cost(double minutes, double rate) {
        return Double.isNaN(rate) ? null : Math.round(minutes / 60.0 * rate * 100) / 100.0;
    }

    private static Double nullable(Integer v) {
        return v == null ? null : v.doubleValue();
    }

    private static double round(Double v) {
        return v == null ? 0 : Math.round(v * 100) / 100.0;
    }

    record Params(UUID org, OffsetDateTime from, OffsetDateTime to, String mine) {
    }

    private List<Row> rows(Params p, String sql) {
        return Row.all(bind(em.createNativeQuery(sql, Tuple.class), p));
    }

    private static Query bind(Query q, Params p) {
        for (var parameter : q.getParameters()) {
            switch (parameter.getName()) {
                case "org" -> q.setParameter("org", p.org());
                case "from" -> q.setParameter("from", p.from());
                case "to" -> q.setParameter("to", p.to());
                case "mine" -> q.setParameter("mine", p.mine());
                default -> throw new IllegalArgumentException(parameter.getName());
            }
        }
        return q;
    }
}
