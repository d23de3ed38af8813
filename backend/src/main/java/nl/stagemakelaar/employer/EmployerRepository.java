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

    /** q matches the accent-folded name (trigram index) or the start of the KvK number. */
    public List<Employer> list(UUID organisationId, String q, String city, PageRequest page) {
        Parameters params = new Parameters();
        String where = where(organisationId, q, city, params);
        return find(where + " order by name, id", params).page(page.page(), page.size()).list();
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
