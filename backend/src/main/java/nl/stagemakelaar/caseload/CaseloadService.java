package nl.stagemakelaar.caseload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.checkin.CheckInSignal;
import nl.stagemakelaar.organisation.Organisation;
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

    @Inject
    EntityManager em;

    @Inject
    ReferralRepository referrals;

    @Inject
    Caller caller;

    @Transactional
    public CaseloadView caseload(int quietDays, int startingWithinDays) {
        UUID org = caller.organisationId();
        boolean lead = caller.hasRole(Roles.LEAD);
        // A lead sees the organisation; a broker their own students (mine = null means everyone's).
        String mine = lead ? null : caller.username();
        LocalDate today = LocalDate.now();
        String brokerFilter = " and (cast(:mine as varchar) is null or s.assigned_broker = :mine)";

        // Every phase is listed, with zero where there is nobody, so clients need no special case.
        java.util.Map<Phase, Long> perPhase = new java.util.EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            perPhase.put(p, 0L);
        }
        rows(em.createNativeQuery("select s.phase, count(*) from student s where s.organisation_id = :org"
                + brokerFilter + " group by s.phase"), org, mine)
                .forEach(r -> perPhase.put(Phase.valueOf((String) r[0]), ((Number) r[1]).longValue()));
        List<CaseloadView.PhaseCount> phases = perPhase.entrySet().stream()
                .map(e -> new CaseloadView.PhaseCount(e.getKey(), e.getValue())).toList();

        List<CaseloadView.FollowUp> followUps = rows(em.createNativeQuery(
                "select c.id, s.id as sid, s.first_name || ' ' || s.last_name, c.follow_up_on, c.author from contact c "
                        + "join student s on s.id = c.student_id where c.organisation_id = :org"
                        + " and c.follow_up_on <= :today and not c.follow_up_done" + brokerFilter
                        + " order by c.follow_up_on, c.id limit " + LIST_LIMIT).setParameter("today", today), org, mine)
                .stream().map(r -> {
                    LocalDate on = toDate(r[3]);
                    return new CaseloadView.FollowUp((UUID) r[0], (UUID) r[1], (String) r[2], on, on.isBefore(today),
                            (String) r[4]);
                }).toList();

        OffsetDateTime quietSince = OffsetDateTime.now().minusDays(quietDays);
        List<CaseloadView.QuietStudent> quiet = rows(em.createNativeQuery(
                "select s.id, s.first_name || ' ' || s.last_name, s.phase, max(c.occurred_at) from student s "
                        + "left join contact c on c.student_id = s.id where s.organisation_id = :org and s.phase <> 'CLOSED'"
                        + " and s.created_at < :since" + brokerFilter + " group by s.id "
                        + "having max(c.occurred_at) is null or max(c.occurred_at) < :since "
                        + "order by max(c.occurred_at) nulls first, s.id limit " + LIST_LIMIT)
                .setParameter("since", quietSince), org, mine)
                .stream().map(r -> new CaseloadView.QuietStudent((UUID) r[0], (String) r[1], Phase.valueOf((String) r[2]),
                        toDateTime(r[3]))).toList();

        List<CaseloadView.StartingSoon> soon = rows(em.createNativeQuery(
                "select s.id, s.first_name || ' ' || s.last_name, s.phase, s.internship_start_by from student s "
                        + "where s.organisation_id = :org and s.phase not in ('PLACED', 'IN_INTERNSHIP', 'CLOSED')"
                        + " and s.internship_start_by <= :until" + brokerFilter
                        + " order by s.internship_start_by, s.id limit " + LIST_LIMIT)
                .setParameter("until", today.plusDays(startingWithinDays)), org, mine)
                .stream().map(r -> new CaseloadView.StartingSoon((UUID) r[0], (String) r[1], Phase.valueOf((String) r[2]),
                        toDate(r[3]))).toList();

        // Employers' concerns and dropout risks stay on top until a broker acknowledges them.
        List<CaseloadView.Signal> signals = rows(em.createNativeQuery(
                "select ci.id, ci.placement_id, s.id as sid, s.first_name || ' ' || s.last_name, e.name, ci.signal, ci.note,"
                        + " ci.reported_by, ci.reported_at from check_in ci join placement p on p.id = ci.placement_id"
                        + " join student s on s.id = p.student_id join employer e on e.id = p.employer_id"
                        + " where ci.organisation_id = :org and ci.signal <> 'OK' and ci.acknowledged_at is null" + brokerFilter
                        + " order by ci.signal = 'AT_RISK' desc, ci.reported_at desc limit " + LIST_LIMIT), org, mine)
                .stream().map(r -> new CaseloadView.Signal((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3],
                        (String) r[4], CheckInSignal.valueOf((String) r[5]), (String) r[6], (String) r[7],
                        toDateTime(r[8]))).toList();

        Integer capacity = null;
        List<CaseloadView.BrokerLoad> brokers = List.of();
        if (lead) {
            capacity = Organisation.<Organisation>findByIdOptional(org).map(o -> o.capacityHoursPerWeek).orElse(null);
            brokers = rows(em.createNativeQuery(
                    "select m.username, m.display_name, "
                            + "(select count(*) from student s where s.organisation_id = :org and s.assigned_broker = m.username"
                            + " and s.phase <> 'CLOSED'), "
                            + "(select coalesce(sum(c.minutes), 0) from contact c where c.organisation_id = :org"
                            + " and c.author = m.username and c.occurred_at >= :month) "
                            + "from staff_member m where m.organisation_id = :org and m.role = 'BROKER' order by m.display_name")
                    .setParameter("month", OffsetDateTime.now().minusDays(30)), org, null)
                    .stream().map(r -> new CaseloadView.BrokerLoad((String) r[0], (String) r[1],
                            ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
        }
        return new CaseloadView(lead ? "ORGANISATION" : "MINE", phases,
                referrals.counts(new ReferralRepository.Scope(org, null), today), followUps, quiet, soon, signals, capacity, brokers);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q, UUID org, String mine) {
        q.setParameter("org", org);
        if (q.getParameters().stream().anyMatch(p -> "mine".equals(p.getName()))) {
            q.setParameter("mine", mine);
        }
        return q.getResultList();
    }

    private static LocalDate toDate(Object o) {
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }

    private static OffsetDateTime toDateTime(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) o).toInstant().atOffset(ZoneOffset.UTC);
    }
}
