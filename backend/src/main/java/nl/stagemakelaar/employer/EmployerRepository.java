package nl.stagemakelaar.employer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.Text;

@ApplicationScoped
public class EmployerRepository implements PanacheRepositoryBase<Employer, UUID> {

    public Optional<Employer> findInOrganisation(UUID organisationId, UUID id) {
        return find("id = ?1 and organisationId = ?2", id, organisationId).firstResultOptional();
    }

    public boolean kvkTaken(UUID organisationId, String kvkNumber, UUID exceptId) {
        return count("organisationId = ?1 and kvkNumber = ?2 and id <> ?3", organisationId, kvkNumber,
                exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }

    /** An employer with the time of the last contact with it (null when none). */
    public record Row(Employer employer, java.time.OffsetDateTime lastContact) {
    }

    /**
     * q matches the accent-folded name (trigram index) or the start of the KvK number. Sorted by name, or by
     * relation health: overdue visits first, then the longest without contact.
     */
    public List<Row> list(UUID organisationId, String q, String city, boolean byHealth, PageRequest page) {
        Parameters params = new Parameters();
        String where = where(organisationId, q, city, params);
        String last = "(select max(c.occurredAt) from Contact c where c.employerId = e.id)";
        String order = byHealth
                ? " order by case when e.visitEveryDays is not null and (" + last + " is null or " + last
                        + " < :now - e.visitEveryDays day) then 0 else 1 end, " + last + " nulls first, e.name, e.id"
                : " order by e.name, e.id";
        var query = getEntityManager().createQuery("select e, " + last + " from Employer e where "
                + where.replace("organisationId", "e.organisationId").replace("searchName", "e.searchName")
                        .replace("kvkNumber", "e.kvkNumber").replace("lower(city)", "lower(e.city)") + order, Object[].class);
        params.map().forEach(query::setParameter);
        if (byHealth) {
            query.setParameter("now", java.time.OffsetDateTime.now());
        }
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(r -> new Row((Employer) r[0], (java.time.OffsetDateTime) r[1])).toList();
    }

    public long count(UUID organisationId, String q, String city) {
        Parameters params = new Parameters();
        return count(where(organisationId, q, city, params), params);
    }

    private static String where(UUID organisationId, String q, String city, Parameters params) {
        StringBuilder sb = new StringBuilder("organisationId = :org");
        params.and("org", organisationId);
        if (q != null) {
            sb.append(" and (searchName like :q escape '\\' or kvkNumber like :kvk)");
            params.and("q", Text.likeContains(q)).and("kvk", q.replaceAll("[^0-9]", "x") + "%");
        }
        if (city != null) {
            sb.append(" and lower(city) = :city");
            params.and("city", city);
        }
        return sb.toString();
    }
}
