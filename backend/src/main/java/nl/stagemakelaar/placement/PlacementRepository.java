package nl.stagemakelaar.placement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.Total;
import nl.stagemakelaar.common.Where;
import nl.stagemakelaar.employer.Employer;

/** The one door to placements: the board, a student's proposals, and what an employer may still see. */
@ApplicationScoped
public class PlacementRepository implements PanacheRepositoryBase<Placement, UUID> {

    /**
     * What an employer may see is bounded by why it may see it: a live proposal or an agreed internship shows
     * the shared profile; an internship that ended shows name, dates, hours and evaluation (no profile, no CV)
     * for this long after its end date, then nothing. Withdrawn and declined proposals are gone at once.
     */
    public static final int KEEP_ENDED_MONTHS = 12;
    private static final String CANDIDATE = "p.status in :live";
    private static final String INTERN = "(p.status in :current or (p.status in :ended and p.endDate >= :cutoff))";
    private static final String VISIBLE = "(" + CANDIDATE + " or " + INTERN + ")";

    /** The board's filters; null means any. */
    public record Filter(PlacementStatus status, UUID studentId, UUID employerId) {
    }

    public List<Placement> list(UUID organisationId, Filter filter, PageRequest page) {
        return where(organisationId, filter).page(getEntityManager(), "select p from Placement p join fetch p.student "
                + "join fetch p.employer left join fetch p.place", "p.updatedAt desc, p.id", Placement.class, page);
    }

    public Total count(UUID organisationId, Filter filter, PageRequest page) {
        return where(organisationId, filter).count(getEntityManager(), "Placement p", page);
    }

    private static Where where(UUID organisationId, Filter f) {
        return Where.of("p.organisationId = :org", "org", organisationId)
                .and("p.status = :status", "status", f.status())
                .and("p.student.id = :student", "student", f.studentId())
                .and("p.employer.id = :employer", "employer", f.employerId());
    }

    /** A placement of the organisation, locked for a change when asked. */
    public Optional<Placement> findInOrganisation(UUID organisationId, UUID id, boolean lock) {
        return lock(getEntityManager().createQuery(
                "select p from Placement p where p.id = :id and p.organisationId = :org", Placement.class)
                .setParameter("id", id).setParameter("org", organisationId), lock).getResultStream().findFirst();
    }

    /** The student's placements in these statuses, oldest first, locked: they are about to change. */
    public List<Placement> lockedOfStudent(UUID studentId, Set<PlacementStatus> statuses) {
        return lock(getEntityManager().createQuery("select p from Placement p where p.student.id = :s "
                        + "and p.status in :statuses order by p.createdAt", Placement.class)
                .setParameter("s", studentId).setParameter("statuses", statuses), true).getResultList();
    }

    public boolean internshipRunning(UUID studentId) {
        return count("student.id = ?1 and status = ?2", studentId, PlacementStatus.ACTIVE) > 0;
    }

    /** The student has another accepted or running placement. */
    public boolean placedElsewhere(Placement p) {
        return count("student.id = ?1 and id <> ?2 and status in ?3", p.student.id, p.id, PlacementStatus.CURRENT) > 0;
    }

    public void markConsentWithdrawn(UUID studentId, LocalDate withdrawnOn) {
        update("consentWithdrawnOn = ?1 where student.id = ?2 and consentWithdrawnOn is null", withdrawnOn, studentId);
    }

    /** Candidates (live proposals) or interns (agreed, running, ended within the retention period) of an employer. */
    public List<Placement> ofEmployer(Employer e, boolean interns, PageRequest page) {
        return visibility(getEntityManager().createQuery("select p from Placement p join fetch p.student s "
                        + "left join fetch s.programme left join fetch p.place where p.employer = :e and "
                        + (interns ? INTERN : CANDIDATE)
                        + " order by p.status, p.startDate nulls last, p.updatedAt desc, p.id", Placement.class),
                interns, !interns)
                .setParameter("e", e).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long countOfEmployer(Employer e, boolean interns) {
        return visibility(getEntityManager().createQuery("select count(p) from Placement p where p.employer = :e and "
                + (interns ? INTERN : CANDIDATE), Long.class), interns, !interns).setParameter("e", e).getSingleResult();
    }

    /** One of this employer's placements; only one it may still see, unless it acts on a past proposal. */
    public Optional<Placement> findOfEmployer(Employer e, UUID id, boolean lock, boolean visibleOnly) {
        String jpql = "select p from Placement p where p.id = :id and p.employer = :e";
        var query = visibleOnly
                ? visibility(getEntityManager().createQuery(jpql + " and " + VISIBLE, Placement.class), true, true)
                : getEntityManager().createQuery(jpql, Placement.class);
        return lock(query.setParameter("id", id).setParameter("e", e), lock).getResultStream().findFirst();
    }

    private static <T> TypedQuery<T> visibility(TypedQuery<T> query, boolean interns, boolean candidates) {
        if (candidates) {
            query.setParameter("live", PlacementStatus.LIVE_PROPOSALS);
        }
        if (interns) {
            query.setParameter("current", PlacementStatus.CURRENT).setParameter("ended", PlacementStatus.ENDED)
                    .setParameter("cutoff", LocalDate.now().minusMonths(KEEP_ENDED_MONTHS));
        }
        return query;
    }


    private static <T> TypedQuery<T> lock(TypedQuery<T> query, boolean lock) {
        return lock ? query.setLockMode(LockModeType.PESSIMISTIC_WRITE) : query;
    }
}
