package nl.stagemakelaar.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Where;
import nl.stagemakelaar.security.Caller;

/** The organisation's trail for its leads: newest first, filtered by student, user and period. */
@ApplicationScoped
public class AuditTrail {

    /** Days are Dutch days: "to 2026-11-29" includes that whole day in Amsterdam. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    public record Filter(UUID studentId, String actor, LocalDate from, LocalDate to) {
    }

    @Inject EntityManager em;
    @Inject Caller caller;

    @Transactional
    public PageResult<AuditEventView> list(Filter f, PageRequest page) {
        Where where = Where.of("e.organisationId = :org", "org", caller.organisationId())
                .and("e.studentId = :student", "student", f.studentId())
                .and("e.actor = :actor", "actor", f.actor())
                .and("e.occurredAt >= :from", "from", f.from() == null ? null : start(f.from()))
                .and("e.occurredAt < :to", "to", f.to() == null ? null : start(f.to().plusDays(1)));
        List<AuditEvent> rows = where.page(em, "select e from AuditEvent e", "e.occurredAt desc, e.id desc",
                AuditEvent.class, page);
        Map<UUID, String> names = names(rows.stream().map(e -> e.studentId).filter(Objects::nonNull).distinct().toList());
        return PageResult.of(rows, page, where.count(em, "AuditEvent e", page),
                e -> AuditEventView.of(e, e.studentId == null ? null : names.get(e.studentId)));
    }

    /** The names of the page's students in one query; an erased or removed student has none. */
    private Map<UUID, String> names(List<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select s.id, s.firstName, s.lastName from Student s where s.id in :ids", Tuple.class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(t -> names.put(t.get(0, UUID.class), t.get(1, String.class) + " " + t.get(2, String.class)));
        }
        return names;
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(ZONE).toOffsetDateTime();
    }
}
