package nl.stagemakelaar.referral;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.Total;
import nl.stagemakelaar.common.Row;
import nl.stagemakelaar.common.Text;
import nl.stagemakelaar.common.Where;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    /**
     * Who may see which referrals: a broker organisation sees those sent to it, a mentor those of their
     * school (whichever organisation they went to). Exactly one of the two is set.
     */
    public record Scope(UUID organisationId, UUID schoolId) {

        String clause() {
            return organisationId != null ? "r.organisation.id = :scope" : "r.school.id = :scope";
        }

        UUID value() {
            return organisationId != null ? organisationId : schoolId;
        }
    }

    public record Filter(ReferralStatus status, String q) {
    }

    public Optional<Referral> findInScope(Scope scope, UUID id, boolean lock) {
        TypedQuery<Referral> query = getEntityManager().createQuery(
                "select r from Referral r where r.id = :id and " + scope.clause(), Referral.class)
                .setParameter("id", id).setParameter("scope", scope.value());
        if (lock) {
            // Two brokers deciding at once: the second waits, then sees the first decision (409).
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    /** Newest first; school, organisation and student come with the page query. */
    public List<Referral> list(Scope scope, Filter filter, PageRequest page) {
        return where(scope, filter).page(getEntityManager(), "select r from Referral r join fetch r.school "
                + "join fetch r.organisation left join fetch r.student", "r.submittedAt desc, r.id", Referral.class, page);
    }

    public Total count(Scope scope, Filter filter, PageRequest page) {
        return where(scope, filter).count(getEntityManager(), "Referral r", page);
    }

    /** The inbox counts in one aggregate query. */
    public ReferralCounts counts(Scope scope, LocalDate today) {
        Row row = new Row(getEntityManager().createQuery("select "
                        + "coalesce(sum(case when r.status = 'SUBMITTED' then 1 else 0 end), 0) as submitted, "
                        + "coalesce(sum(case when r.status = 'WAITLISTED' then 1 else 0 end), 0) as waitlisted, "
                        + "coalesce(sum(case when r.status = 'WAITLISTED' and r.reviewOn <= :today then 1 else 0 end), 0) "
                        + "as due from Referral r where " + scope.clause() + " and r.status in ('SUBMITTED', 'WAITLISTED')",
                        Tuple.class)
                .setParameter("scope", scope.value()).setParameter("today", today).getSingleResult());
        return new ReferralCounts(row.count("submitted"), row.count("waitlisted"), row.count("due"));
    }

    /** Where a referred student was placed, for the referrer: the employer's name and the start date only. */
    /** The referral that started (or, after a reopening, restarted) a student's case: the newest accepted one. */
    public Optional<Referral> originOf(UUID organisationId, UUID studentId) {
        return find("organisation.id = ?1 and student.id = ?2 and status = ?3 order by decidedAt desc", organisationId,
                studentId, ReferralStatus.ACCEPTED).firstResultOptional();
    }

    public record Placed(String employerName, LocalDate startDate) {
    }

    public Optional<Placed> placedAt(UUID studentId) {
        return getEntityManager().createQuery("select p.employer.name as employer, p.startDate as start "
                        + "from Placement p where p.student.id = :s and p.status in ('ACCEPTED', 'ACTIVE', 'COMPLETED') "
                        + "order by p.updatedAt desc", Tuple.class)
                .setParameter("s", studentId).setMaxResults(1).getResultStream().findFirst().map(Row::new)
                .map(r -> new Placed(r.text("employer"), r.date("start")));
    }

    private static Where where(Scope scope, Filter f) {
        Where where = Where.of(scope.clause(), "scope", scope.value()).and("r.status = :status", "status", f.status());
        if (f.q() != null) {
            String[] words = f.q().split("\\s+");
            for (int i = 0; i < words.length && i < 5; i++) {
                where.and("r.searchName like :q" + i + " escape '\\'", "q" + i, Text.likeContains(words[i]));
            }
        }
        return where;
    }
}
