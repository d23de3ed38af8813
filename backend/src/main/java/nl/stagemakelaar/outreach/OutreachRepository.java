package nl.stagemakelaar.outreach;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.Where;

/** The one door to approaches of employers. */
@ApplicationScoped
public class OutreachRepository implements PanacheRepositoryBase<Outreach, UUID> {

    /** The student's approaches with their employers, newest first (at most 200). */
    public List<Outreach> ofStudent(UUID studentId) {
        return getEntityManager().createQuery("select o from Outreach o join fetch o.employer where o.studentId = :s "
                + "order by o.approachedOn desc, o.createdAt desc", Outreach.class)
                .setParameter("s", studentId).setMaxResults(200).getResultList();
    }

    /** Every approach of an employer by the organisation's brokers, newest first. */
    public List<RecentOutreach> ofEmployer(UUID organisationId, UUID employerId, PageRequest page) {
        return ofEmployer(organisationId, employerId).page(getEntityManager(), "select new nl.stagemakelaar.outreach."
                + "RecentOutreach(o.broker, s.id, concat(s.firstName, ' ', s.lastName), o.approachedOn, o.result) "
                + "from Outreach o, Student s", "o.approachedOn desc, o.createdAt desc, o.id", RecentOutreach.class, page);
    }

    public nl.stagemakelaar.common.Total countOfEmployer(UUID organisationId, UUID employerId, PageRequest page) {
        return ofEmployer(organisationId, employerId).count(getEntityManager(), "Outreach o, Student s", page);
    }

    private static Where ofEmployer(UUID organisationId, UUID employerId) {
        return Where.of("s.id = o.studentId and o.organisationId = :org", "org", organisationId)
                .and("o.employer.id = :e", "e", employerId);
    }

    /** Other brokers' approaches of an employer since a day, newest first (at most 20). */
    public List<RecentOutreach> recentByOthers(UUID organisationId, UUID employerId, String me, LocalDate since) {
        return getEntityManager().createQuery("select new nl.stagemakelaar.outreach.RecentOutreach(o.broker, s.id, "
                        + "concat(s.firstName, ' ', s.lastName), o.approachedOn, o.result) from Outreach o, Student s "
                        + "where s.id = o.studentId and o.organisationId = :org and o.employer.id = :e and o.broker <> :me "
                        + "and o.approachedOn >= :since order by o.approachedOn desc", RecentOutreach.class)
                .setParameter("org", organisationId).setParameter("e", employerId).setParameter("me", me)
                .setParameter("since", since).setMaxResults(20).getResultList();
    }
}
