package nl.stagemakelaar.school;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.stagemakelaar.common.PageRequest;

@ApplicationScoped
public class SchoolRepository implements PanacheRepositoryBase<School, UUID> {

    public List<School> servedBy(UUID organisationId, PageRequest page) {
        return getEntityManager().createQuery(
                        "select s from Organisation o join o.schools s where o.id = :org order by s.name", School.class)
                .setParameter("org", organisationId)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
    }

    public long countServedBy(UUID organisationId) {
        return getEntityManager().createQuery(
                        "select count(s) from Organisation o join o.schools s where o.id = :org", Long.class)
                .setParameter("org", organisationId).getSingleResult();
    }

    public Optional<School> findServedBy(UUID organisationId, UUID schoolId) {
        return getEntityManager().createQuery(
                        "select s from Organisation o join o.schools s where o.id = :org and s.id = :school",
                        School.class)
                .setParameter("org", organisationId).setParameter("school", schoolId)
                .getResultStream().findFirst();
    }
}
