package nl.stagemakelaar.organisation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Broker organisations (desks). */
@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    /** The organisations that serve a school: where its mentors can refer to. */
    public List<Organisation> servingSchool(UUID schoolId) {
        return getEntityManager().createQuery("select o from Organisation o join o.schools s where s.id = :school "
                + "order by o.name", Organisation.class).setParameter("school", schoolId).getResultList();
    }

    /** The organisation, locked for a settings change. */
    public java.util.Optional<Organisation> lockedById(UUID id) {
        return findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }
}
