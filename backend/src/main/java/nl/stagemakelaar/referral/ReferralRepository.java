package nl.stagemakelaar.referral;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.Text;

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
        Map<String, Object> params = new HashMap<>();
        String where = where(scope, filter, params);
        TypedQuery<Referral> query = getEntityManager().createQuery("select r from Referral r join fetch r.school "
                + "join fetch r.organisation left join fetch r.student where " + where
                + " order by r.submittedAt desc, r.id", Referral.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long count(Scope scope, Filter filter) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = getEntityManager().createQuery(
                "select count(r) from Referral r where " + where(scope, filter, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The inbox counts in one aggregate query. */
    public ReferralCounts counts(Scope scope, LocalDate today) {
        Object[] row = getEntityManager().createQuery("select "
                        + "coalesce(sum(case when r.status = 'SUBMITTED' then 1 else 0 end), 0), "
                        + "coalesce(sum(case when r.status = 'WAITLISTED' then 1 else 0 end), 0), "
                        + "coalesce(sum(case when r.status = 'WAITLISTED' and r.reviewOn <= :today then 1 else 0 end), 0) "
                        + "from Referral r where " + scope.clause() + " and r.status in ('SUBMITTED', 'WAITLISTED')",
                        Object[].class)
                .setParameter("scope", scope.value()).setParameter("today", today).getSingleResult();
        return new ReferralCounts(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue());
    }

    private static String where(Scope scope, Filter f, Map<String, Object> params) {
        StringBuilder sb = new StringBuilder(scope.clause());
        params.put("scope", scope.value());
        if (f.status() != null) {
            sb.append(" and r.status = :status");
            params.put("status", f.status());
        }
        if (f.q() != null) {
            String[] words = f.q().split("\\s+");
            for (int i = 0; i < words.length && i < 5; i++) {
                sb.append(" and r.searchName like :q").append(i).append(" escape '\\'");
                params.put("q" + i, Text.likeContains(words[i]));
            }
        }
        return sb.toString();
    }
}
