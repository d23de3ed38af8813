package nl.stagemakelaar.student;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.Text;

@ApplicationScoped
public class StudentRepository implements PanacheRepositoryBase<Student, UUID> {

    /** Scoped lookup that answers 404 for a student outside the organisation. */
    public Student requireInOrganisation(UUID organisationId, UUID id) {
        return findInOrganisation(organisationId, id).orElseThrow(() -> ApiException.notFound("Student"));
    }

    /** Scoped lookup: a student of another organisation does not exist for the caller. */
    public Optional<Student> findInOrganisation(UUID organisationId, UUID id) {
        return find("id = ?1 and organisationId = ?2", id, organisationId).firstResultOptional();
    }

    /**
     * The same person already in the organisation's care: same school, date of birth and name (compared
     * folded, as the database folds it). Used so a second referral links instead of duplicating.
     */
    public Optional<Student> findSamePerson(UUID organisationId, UUID schoolId, java.time.LocalDate dateOfBirth,
            String firstName, String lastName) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery("select id from student where organisation_id = :org "
                        + "and school_id = :school and date_of_birth = :dob "
                        + "and search_name = lower(f_unaccent(:first || ' ' || :last)) order by created_at limit 1", UUID.class)
                .setParameter("org", organisationId).setParameter("school", schoolId).setParameter("dob", dateOfBirth)
                .setParameter("first", firstName.trim()).setParameter("last", lastName.trim())
                .getResultList();
        return ids.stream().findFirst().flatMap(this::findByIdOptional);
    }

    /** One query for the page (school and programme fetched with it) and one for the total. */
    public List<Student> list(UUID organisationId, StudentFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(organisationId, filter, params);
        TypedQuery<Student> query = getEntityManager().createQuery(
                "select s from Student s join fetch s.school left join fetch s.programme p where " + where
                        + " order by s.lastName, s.firstName, s.id", Student.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long count(UUID organisationId, StudentFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(organisationId, filter, params);
        TypedQuery<Long> query = getEntityManager().createQuery(
                "select count(s) from Student s left join s.programme p where " + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(UUID organisationId, StudentFilter f, Map<String, Object> params) {
        StringBuilder sb = new StringBuilder("s.organisationId = :org");
        params.put("org", organisationId);
        String tsQuery = Text.prefixQuery(f.q());
        if (tsQuery != null) {
            // Full-text search (GIN index on the accent-free name, school and programme); every word
            // must match the start of a word, so "ozdem delta" finds Özdemir at Delta College.
            sb.append(" and function('f_matches', s.searchText, :q) = true");
            params.put("q", tsQuery);
        }
        if (f.schoolId() != null) {
            sb.append(" and s.school.id = :school");
            params.put("school", f.schoolId());
        }
        if (f.programmeId() != null) {
            sb.append(" and p.id = :programme");
            params.put("programme", f.programmeId());
        }
        if (f.level() != null) {
            sb.append(" and p.level = :level");
            params.put("level", f.level());
        }
        if (f.assignedBroker() != null) {
            sb.append(" and s.assignedBroker = :broker");
            params.put("broker", f.assignedBroker());
        }
        if (f.phase() != null) {
            sb.append(" and s.phase = :phase");
            params.put("phase", f.phase());
        }
        return sb.toString();
    }
}
