package nl.stagemakelaar.employer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.Total;
import nl.stagemakelaar.common.Text;
import nl.stagemakelaar.common.Where;

@ApplicationScoped
public class EmployerRepository implements PanacheRepositoryBase<Employer, UUID> {

    public Optional<Employer> findInOrganisation(UUID organisationId, UUID id) {
        return find("id = ?1 and organisationId = ?2", id, organisationId).firstResultOptional();
    }

    public boolean kvkTaken(UUID organisationId, String kvkNumber, UUID exceptId) {
        return count("organisationId = ?1 and kvkNumber = ?2 and id <> ?3", organisationId, kvkNumber,
                exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }

    /**
     * q matches the accent-folded name (trigram index) or the start of the KvK number. Sorted by name, or by
     * relation health: overdue visits first, then the longest without contact.
     */
    public List<Employer> list(UUID organisationId, String q, String city, boolean byHealth, PageRequest page) {
        Where where = where(organisationId, q, city);
        String order = byHealth
                ? "case when e.visitEveryDays is not null and (e.lastContactAt is null or e.lastContactAt < :now "
                        + "- e.visitEveryDays day) then 0 else 1 end, e.lastContactAt nulls first, e.name, e.id"
                : "e.name, e.id";
        if (byHealth) {
            where.param("now", OffsetDateTime.now());
        }
        return where.page(getEntityManager(), "select e from Employer e", order, Employer.class, page);
    }

    public Total count(UUID organisationId, String q, String city, PageRequest page) {
        return where(organisationId, q, city).count(getEntityManager(), "Employer e", page);
    }

    private static Where where(UUID organisationId, String q, String city) {
        Where where = Where.of("e.organisationId = :org", "org", organisationId).and("lower(e.city) = :city", "city", city);
        if (q != null) {
            where.and("(e.searchName like :q escape '\\' or e.kvkNumber like :kvk)", "q", Text.likeContains(q))
                    .param("kvk", q.replaceAll("[^0-9]", "x") + "%");
        }
        return where;
    }
}
