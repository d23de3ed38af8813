package nl.stagemakelaar.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.checkin.CheckInSignal;
import nl.stagemakelaar.common.Row;
import nl.stagemakelaar.organisation.OrganisationRepository;
import nl.stagemakelaar.referral.ReferralRepository;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.security.Roles;
import nl.stagemakelaar.student.Phase;

/**
 * Every number here is one SQL aggregate or one bounded list query, scoped to the organisation and, for
 * a broker, to the students assigned to them. Lists are capped: the dashboard shows what needs doing first.
 */
@ApplicationScoped
public class CaseloadService {

    static final int LIST_LIMIT = 50;

    @Inject OrganisationRepository organisations;
    @Inject EntityManager em;
    @Inject ReferralRepository referrals;
    @Inject Caller caller;

    @Transactional
    public CaseloadView caseload(Integer quietDaysAsked, int startingWithinDays) {
        UUID org = caller.organisationId();
        var organisation = organisations.findByIdOptional(org);
        int quietDays = quietDaysAsked != null ? quietDaysAsked : organisation.map(o -> o.noContactDays).orElse(14);
        boolean lead = caller.hasRole(Roles.LEAD);
        // Random reads priced as they are with the working set in memory: with the default (4) the planner read all
        // 100,000 students to join 8,500 running internships instead of looking 8,500 up by key (lead's dashboard
        // 300 -> 185 ms alone). Only for the lead's organisation-wide lists, where it was measured to help; a broker's
        // lists start from the index on assigned_broker either way (docs/performance.md).
        if (lead) {
            em.createNativeQuery("set local random_page_cost = 1.1").executeUpdate();
        }
        // A lead sees the organisation; a broker their own students (mine = null means everyone's).
        String mine = lead ? null : caller.username();
        LocalDate today = LocalDate.now();
        // The broker's condition is left out for a lead rather than made optional in SQL, so each gets its own plan
        // (a broker's through the index on assigned_broker; measured at 100,000 students, docs/performance.md).
        String brokerFilter = lead ? "" : " and s.assigned_broker = :mine";

        // Every phase is listed, with zero where there is nobody, so clients need no special case.
        java.util.Map<Phase, Long> perPhase = new java.util.EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            perPhase.put(p, 0L);
        }
        rows(em.createNativeQuery("select s.phase, count(*) as n from student s where s.organisation_id = :org"
                + brokerFilter + " group by s.phase", Tuple.class), org, mine)
                .forEach(r -> perPhase.put(r.enumValue("phase", Phase.class), r.count("n")));
        List<CaseloadView.PhaseCount> phases = perPhase.entrySet().stream()
                .map(e -> new CaseloadView.PhaseCount(e.getKey(), e.getValue())).toList();

        // A follow-up about a student is their broker's; one with an employer alone is its author's.
        String followUpSql = "select c.id, s.id as sid, e.id as eid, coalesce(s.first_name || ' ' || s.last_name, e.name) as name,"
                + " c.follow_up_on, c.author from contact c left join student s on s.id = c.student_id"
                + " left join employer e on e.id = c.employer_id and c.student_id is null where c.organisation_id = :org"
                + " and c.follow_up_on <= :today and not c.follow_up_done";
        if (!lead) {
            followUpSql = "select * from (" + followUpSql.replace("left join student s", "join student s") + brokerFilter
                    + " union all " + followUpSql + " and c.student_id is null and c.author = :mine) f";
        }
        List<CaseloadView.FollowUp> followUps = rows(em.createNativeQuery(followUpSql
                        + " order by follow_up_on, id limit " + LIST_LIMIT, Tuple.class).setParameter("today", today), org, mine)
                .stream().map(r -> new CaseloadView.FollowUp(r.uuid("id"), r.uuid("sid"), r.uuid("eid"), r.text("name"),
                        r.date("follow_up_on"), r.date("follow_up_on").isBefore(today), r.text("author"))).toList();

        OffsetDateTime quietSince = OffsetDateTime.now().minusDays(quietDays);
        List<CaseloadView.QuietStudent> quiet = rows(em.createNativeQuery(
                "select s.id, s.first_name || ' ' || s.last_name as name, s.phase, s.last_contact_at as last_contact from student s"
                        + " where s.organisation_id = :org and s.phase <> 'CLOSED' and s.created_at < :since" + brokerFilter
                        + " and (s.last_contact_at is null or s.last_contact_at < :since)"
                        + " order by s.last_contact_at nulls first, s.id limit " + LIST_LIMIT, Tuple.class)
                .setParameter("since", quietSince), org, mine)
                .stream().map(r -> new CaseloadView.QuietStudent(r.uuid("id"), r.text("name"),
                        r.enumValue("phase", Phase.class), r.time("last_contact"))).toList();

        List<CaseloadView.StartingSoon> soon = rows(em.createNativeQuery(
                "select s.id, s.first_name || ' ' || s.last_name as name, s.phase, s.internship_start_by from student s "
                        + "where s.organisation_id = :org and s.phase not in ('PLACED', 'IN_INTERNSHIP', 'INTERNSHIP_ENDED', 'CLOSED')"
                        + " and s.internship_start_by <= :until" + brokerFilter
                        + " order by s.internship_start_by, s.id limit " + LIST_LIMIT, Tuple.class)
                .setParameter("until", today.plusDays(startingWithinDays)), org, mine)
                .stream().map(r -> new CaseloadView.StartingSoon(r.uuid("id"), r.text("name"),
                        r.enumValue("phase", Phase.class), r.date("internship_start_by"))).toList();

        // Employers' concerns and dropout risks stay on top until a broker acknowledges them.
        List<CaseloadView.Signal> signals = rows(em.createNativeQuery(
                "select ci.id, ci.placement_id, s.id as sid, s.first_name || ' ' || s.last_name as name, e.name as employer,"
                        + " ci.signal, ci.note,"
                        + " ci.reported_by, ci.reported_at from check_in ci join placement p on p.id = ci.placement_id"
                        + " join student s on s.id = p.student_id join employer e on e.id = p.employer_id"
                        + " where ci.organisation_id = :org and ci.signal <> 'OK' and ci.acknowledged_at is null" + brokerFilter
                        + " order by ci.signal = 'AT_RISK' desc, ci.reported_at desc limit " + LIST_LIMIT, Tuple.class),
                org, mine)
                .stream().map(r -> new CaseloadView.Signal(r.uuid("id"), r.uuid("placement_id"), r.uuid("sid"),
                        r.text("name"), r.text("employer"), r.enumValue("signal", CheckInSignal.class), r.text("note"),
                        r.text("reported_by"), r.time("reported_at"))).toList();

        // Check-ins due on running internships: the guidance intensity sets the cadence, the organisation the days.
        // Intensive: the employer and the student each on their own rhythm, from the start or their last check-in;
        // placement-only: one in the first days and one before the planned end. A check-in moves the due date.
        // The employer's name is looked up for the 50 rows shown, not for every running internship (8,600 at
        // 100,000 students: a hash join of all employers, 10 of 45 ms in EXPLAIN ANALYZE); it is not in the order.
        // A broker's running internships are found from their own students (about 500), each through the index of
        // current placements; joining the organisation's 8,600 running internships to them cost 4-10 ms, in either
        // plan PostgreSQL chose for it (docs/performance.md). A lead's start from the running internships.
        var settings = organisation.orElse(null);
        String running = lead
                ? "from placement pl join student s on s.id = pl.student_id"
                : """
                  from student s
                  cross join lateral (select pl.id, pl.start_date, pl.end_date, pl.employer_id from placement pl
                                       where pl.student_id = s.id and pl.status = 'ACTIVE' limit 1) pl""";
        String runningWhere = lead ? "pl.organisation_id = :org and pl.status = 'ACTIVE'" : "s.organisation_id = :org";
        List<CaseloadView.CheckInDue> checkInsDue = settings == null ? List.of() : rows(em.createNativeQuery("""
                with p as (
                  select pl.id, pl.start_date, pl.end_date, s.id as sid, s.first_name || ' ' || s.last_name as name,
                         s.guidance_intensity as gi, pl.employer_id,
                         ci.last_employer, ci.last_student, ci.last_any
                    $RUNNING
                    cross join lateral (select (max(c.reported_at) filter (where c.party = 'EMPLOYER'))::date as last_employer,
                                               (max(c.reported_at) filter (where c.party = 'STUDENT'))::date as last_student,
                                               max(c.reported_at)::date as last_any
                                          from check_in c where c.placement_id = pl.id) ci
                   where $WHERE
                    $MINE),
                due as (
                  select id, sid, name, employer_id, 'EMPLOYER' as party, greatest(start_date, last_employer) + :ie as due_on
                    from p where gi = 'INTENSIVE'
                  union all
                  select id, sid, name, employer_id, 'STUDENT', greatest(start_date, last_student) + :isd from p where gi = 'INTENSIVE'
                  union all
                  select id, sid, name, employer_id, 'START', start_date + :pf from p
                   where gi = 'PLACEMENT_ONLY' and (last_any is null or last_any < start_date)
                  union all
                  select id, sid, name, employer_id, 'END', end_date - :pe from p
                   where gi = 'PLACEMENT_ONLY' and end_date is not null and (last_any is null or last_any < end_date - :pe)),
                shown as (select * from due where due_on <= :today order by due_on, name, party limit $LIMIT)
                select d.id, d.sid, d.name, e.name as employer, d.party, d.due_on from shown d join employer e on e.id = d.employer_id
                 order by d.due_on, d.name, d.party""".replace("$RUNNING", running).replace("$WHERE", runningWhere)
                        .replace("$MINE", brokerFilter).replace("$LIMIT", String.valueOf(LIST_LIMIT)),
                        Tuple.class)
                .setParameter("ie", settings.intensiveEmployerDays).setParameter("isd", settings.intensiveStudentDays)
                .setParameter("pf", settings.placementOnlyFirstDays).setParameter("pe", settings.placementOnlyEndDays)
                .setParameter("today", today), org, mine)
                .stream().map(r -> new CaseloadView.CheckInDue(r.uuid("id"), r.uuid("sid"), r.text("name"),
                        r.text("employer"), r.text("party"), r.date("due_on"), r.date("due_on").isBefore(today))).toList();

        // Running internships whose latest check-in says concern or risk, worst first, with what was done since.
        List<CaseloadView.AtRisk> atRisk = rows(em.createNativeQuery("""
                select pl.id, s.id as sid, s.first_name || ' ' || s.last_name as name, e.name as employer,
                       last.signal, last.note, last.party, last.reported_at,
                       (select count(*) from contact c where c.student_id = s.id and c.occurred_at > last.reported_at) as contacts_since
                  from placement pl join student s on s.id = pl.student_id join employer e on e.id = pl.employer_id
                  join lateral (select c.signal, c.note, c.party, c.reported_at from check_in c where c.placement_id = pl.id
                                 order by c.reported_at desc limit 1) last on true
                 where pl.organisation_id = :org and pl.status in ('ACCEPTED', 'ACTIVE') and last.signal <> 'OK'
                   -- Only internships that ever had a concern can have one as their latest (V20's index finds them).
                   and pl.id in (select f.placement_id from check_in f where f.organisation_id = :org and f.signal <> 'OK')
                  $MINE
                 order by last.signal = 'AT_RISK' desc, last.reported_at limit\s""".replace("$MINE", brokerFilter) + LIST_LIMIT, Tuple.class), org, mine)
                .stream().map(r -> new CaseloadView.AtRisk(r.uuid("id"), r.uuid("sid"), r.text("name"), r.text("employer"),
                        r.enumValue("signal", CheckInSignal.class), r.text("note"), r.text("party"), r.time("reported_at"),
                        r.count("contacts_since"))).toList();

        List<CaseloadView.AgreementDue> agreementsDue = rows(em.createNativeQuery("""
                select i.id, i.placement_id, s.id as sid, s.first_name || ' ' || s.last_name as name, i.with_whom,
                       i.agreement, i.due_on, i.version
                  from intervention i join placement pl on pl.id = i.placement_id join student s on s.id = pl.student_id
                 where i.organisation_id = :org and i.outcome = 'OPEN' and i.due_on <= :today and s.phase <> 'CLOSED'
                  $MINE
                 order by i.due_on, i.id limit\s""".replace("$MINE", brokerFilter) + LIST_LIMIT, Tuple.class).setParameter("today", today), org, mine)
                .stream().map(r -> new CaseloadView.AgreementDue(r.uuid("id"), r.uuid("placement_id"), r.uuid("sid"),
                        r.text("name"), r.text("with_whom"), r.text("agreement"), r.date("due_on"), r.integer("version")))
                .toList();

        // After an internship the student waits for the broker's next step, with the internship that ended (the
        // employer's name looked up for the rows shown only: 5,400 such students at 100,000).
        List<CaseloadView.NextStep> nextSteps = rows(em.createNativeQuery("""
                with shown as (
                  select s.id, s.first_name || ' ' || s.last_name as name, last.id as pid, last.employer_id, last.status, last.end_date
                    from student s
                    left join lateral (select pl.id, pl.employer_id, pl.status, pl.end_date from placement pl
                                        where pl.student_id = s.id and pl.status in ('COMPLETED', 'ENDED_EARLY')
                                        order by pl.end_date desc nulls last limit 1) last on true
                   where s.organisation_id = :org and s.phase = 'INTERNSHIP_ENDED'
                    $MINE
                   order by last.end_date nulls first, s.id limit $LIMIT)
                select d.id, d.name, d.pid, e.name as employer, d.status, d.end_date
                  from shown d left join employer e on e.id = d.employer_id
                 order by d.end_date nulls first, d.id""".replace("$MINE", brokerFilter).replace("$LIMIT", String.valueOf(LIST_LIMIT)),
                        Tuple.class), org, mine)
                .stream().map(r -> new CaseloadView.NextStep(r.uuid("id"), r.text("name"), r.uuid("pid"),
                        r.text("employer"), r.text("status"), r.date("end_date"))).toList();

        List<CaseloadView.OutOfContact> outOfContact = rows(em.createNativeQuery("""
                select s.id, s.first_name || ' ' || s.last_name as name, s.phase, s.out_of_contact_since,
                       (select max(c.occurred_at) from contact c where c.student_id = s.id and c.party = 'STUDENT') as last_attempt
                  from student s
                 where s.organisation_id = :org and s.out_of_contact_since is not null and s.phase <> 'CLOSED'
                  $MINE
                 order by s.out_of_contact_since, s.id limit\s""".replace("$MINE", brokerFilter) + LIST_LIMIT, Tuple.class), org, mine)
                .stream().map(r -> new CaseloadView.OutOfContact(r.uuid("id"), r.text("name"),
                        r.enumValue("phase", Phase.class), r.date("out_of_contact_since"), r.time("last_attempt"))).toList();

        // The "after" self-assessment is due once an internship ended; a task until the student answered.
        // From the internships that ended, not from every student: a lead's list reads names for its 50 rows only
        // (at 100,000 students the join read the whole student table: 80 ms -> docs/performance.md).
        // A broker's from their own students, each asked once (the answer checked only for those with an ended
        // internship): the join of the organisation's 20,000 ended internships to them took 13 ms in the plan
        // PostgreSQL settled on for the prepared statement, this 2-3 ms in either plan (docs/performance.md).
        String open = lead ? """
                  select pl.student_id, max(pl.end_date) as ended_on from placement pl
                   where pl.organisation_id = :org and pl.status in ('COMPLETED', 'ENDED_EARLY')
                     and pl.end_date >= cast(:since as date)
                     and not exists (select 1 from survey_response r where r.student_id = pl.student_id and r.moment = 'AFTER')
                   group by pl.student_id
                   order by max(pl.end_date), pl.student_id limit $LIMIT"""
                : """
                  select s.id as student_id, last.ended_on from student s
                   cross join lateral (select max(pl.end_date) as ended_on from placement pl
                                        where pl.student_id = s.id and pl.status in ('COMPLETED', 'ENDED_EARLY')
                                          and pl.end_date >= cast(:since as date)
                                       having max(pl.end_date) is not null
                                          and not exists (select 1 from survey_response r
                                                           where r.student_id = s.id and r.moment = 'AFTER')) last
                   where s.organisation_id = :org and s.assigned_broker = :mine
                   order by last.ended_on, s.id limit $LIMIT""";
        List<CaseloadView.SurveyMissing> surveysMissing = rows(em.createNativeQuery("""
                with open as ($OPEN)
                select s.id, s.first_name || ' ' || s.last_name as name, o.ended_on, inv.sent_at
                  from open o join student s on s.id = o.student_id
                  left join survey_invitation inv on inv.student_id = s.id and inv.moment = 'AFTER'
                 order by o.ended_on, s.id""".replace("$OPEN", open).replace("$LIMIT", String.valueOf(LIST_LIMIT)), Tuple.class)
                .setParameter("since", today.minusDays(180)), org, mine)
                .stream().map(r -> new CaseloadView.SurveyMissing(r.uuid("id"), r.text("name"), r.date("ended_on"),
                        r.time("sent_at"))).toList();

        // SBB recognition looked up more than a year ago (or never, while a status is recorded): a broker's own relations.
        List<CaseloadView.SbbCheckDue> sbbChecksDue = rows(em.createNativeQuery("""
                select e.id, e.name, e.sbb_status, e.sbb_checked_on from employer e
                 where e.organisation_id = :org and e.sbb_status <> 'UNKNOWN'
                   and (e.sbb_checked_on is null or e.sbb_checked_on < :yearAgo)$MINE
                 order by e.sbb_checked_on nulls first, e.name, e.id limit\s"""
                        .replace("$MINE", lead ? "" : " and e.owner_broker = :mine") + LIST_LIMIT, Tuple.class)
                .setParameter("yearAgo", today.minusYears(1)), org, mine)
                .stream().map(r -> new CaseloadView.SbbCheckDue(r.uuid("id"), r.text("name"),
                        r.enumValue("sbb_status", nl.stagemakelaar.employer.SbbStatus.class), r.date("sbb_checked_on"))).toList();

        Integer capacity = null;
        Long freeCases = null;
        List<CaseloadView.BrokerLoad> brokers = List.of();
        if (lead) {
            capacity = organisation.map(o -> o.capacityHoursPerWeek).orElse(null);
            // Two grouped aggregates joined to the brokers, not two counts per broker (measured 230 ms with 200
            // brokers at 100,000 students).
            brokers = rows(em.createNativeQuery("""
                    with active as (select s.assigned_broker as username, count(*) as n from student s
                                     where s.organisation_id = :org and s.phase <> 'CLOSED' group by s.assigned_broker),
                         spent as (select c.author as username, sum(c.minutes) as n from contact c
                                    where c.organisation_id = :org and c.occurred_at >= :month group by c.author)
                    select m.username, m.display_name, m.hours_per_week, m.max_active_cases,
                           coalesce(a.n, 0) as active_cases, coalesce(t.n, 0) as minutes
                      from staff_member m left join active a on a.username = m.username left join spent t on t.username = m.username
                     where m.organisation_id = :org and m.role = 'BROKER' order by m.display_name""", Tuple.class)
                    .setParameter("month", OffsetDateTime.now().minusDays(30)), org, null)
                    .stream().map(r -> new CaseloadView.BrokerLoad(r.text("username"), r.text("display_name"),
                            r.count("active_cases"), r.count("minutes"), r.integer("hours_per_week"),
                            r.integer("max_active_cases"))).toList();
            // Free places for new cases, summed over the brokers whose maximum is set (null when nobody's is).
            freeCases = brokers.stream().filter(b -> b.maxActiveCases() != null)
                    .map(b -> Math.max(0L, b.maxActiveCases() - b.activeCases())).reduce(Long::sum).orElse(null);
        }
        return new CaseloadView(lead ? "ORGANISATION" : "MINE", phases,
                referrals.counts(new ReferralRepository.Scope(org, null), today), followUps, quietDays, quiet, soon, signals, checkInsDue, atRisk,
                agreementsDue, nextSteps, outOfContact, surveysMissing, sbbChecksDue, capacity,
                freeCases, brokers);
    }

    private static List<Row> rows(Query q, UUID org, String mine) {
        q.setParameter("org", org);
        if (q.getParameters().stream().anyMatch(p -> "mine".equals(p.getName()))) {
            q.setParameter("mine", mine);
        }
        return Row.all(q);
    }
}
