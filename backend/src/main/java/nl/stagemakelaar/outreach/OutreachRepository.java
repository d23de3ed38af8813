package nl.stagemakelaar.outreach;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The one door to approaches of employers. */
@ApplicationScoped
public class OutreachRepository implements PanacheRepositoryBase<Outreach, UUID> {

    /** The student's approaches with their employers, newest first (at most 200). */
    public List<Outreach> ofStudent(UUID studentId) {
        return getEntityManager().createQuery("select o from Outreach o join fetch o.employer where o.studentId = :s "
                + "order by o.approachedOn desc, o.createdAt desc", Outreach.class)
                .setParameter("s", studentId).setMaxResults(200).getResultList();
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
