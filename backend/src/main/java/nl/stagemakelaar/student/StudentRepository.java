package nl.stagemakelaar.student;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.Total;
import nl.stagemakelaar.common.Text;
import nl.stagemakelaar.common.Where;

@ApplicationScoped
public class StudentRepository implements PanacheRepositoryBase<Student, UUID> {

    /** Scoped lookup that answers 404 for a student outside the organisation. */
    public Student requireInOrganisation(UUID organisationId, UUID id) {
        return findInOrganisation(organisationId, id).orElseThrow(() -> ApiException.notFound("Student"));
    }

    /** Students with their school and programme in the same statement, for views that show them. */
    private static final String WITH_SCHOOL = "select s from Student s join fetch s.school left join fetch s.programme ";

    /**
     * The student with school and programme in one statement, for views that show them: the busiest read of the
     * desk, where each lazy load was another round trip (issue 15).
     */
    public Student requireWithSchoolInOrganisation(UUID organisationId, UUID id) {
        return getEntityManager().createQuery(WITH_SCHOOL + "where s.id = :id and s.organisationId = :org", Student.class)
                .setParameter("id", id).setParameter("org", organisationId).getResultStream().findFirst()
                .orElseThrow(() -> ApiException.notFound("Student"));
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

    /** A page of a search and the number of matches. */
    public record SearchPage(List<Student> students, Total total) {
    }

    /**
     * How many students in name order the search walks before it takes another way (V42, V43). The walk is an
     * index-only scan of the search's copy, about 0.2 us a student: 1,000 fill the first page when one name in
     * fifty matches, and cost 0.2 ms when they do not; later pages walk four times their rows, at most 4,000. A page
     * past the 4,000th student cannot be filled that way and does not walk.
     */
    private static int walkLimit(PageRequest page) {
        int rows = page.offset() + page.size();
        return rows > 4000 ? 0 : Math.min(4000, Math.max(1000, 4 * rows));
    }

    /**
     * A name search, with or without the list's other filters: the matches are found, counted, sorted and cut to the
     * page in one call (V43), and only that page's students are read. Every word must match the start of a word of
     * the accent-free name, school or programme, so "ozdem delta" finds Özdemir at Delta College.
     */
    @SuppressWarnings("unchecked")
    public SearchPage search(UUID organisationId, StudentFilter f, PageRequest page) {
        List<Object[]> rows = getEntityManager().createNativeQuery("select id, total, exact from student_search_page("
                        + "cast(:org as uuid), :q, cast(:school as uuid), cast(:programme as uuid), cast(:level as integer),"
                        + " cast(:phase as text), cast(:broker as text), :offset, :limit, :countLimit, :walk)")
                .setParameter("org", organisationId).setParameter("q", Text.prefixQuery(f.q()))
                .setParameter("school", f.schoolId()).setParameter("programme", f.programmeId())
                .setParameter("level", f.level()).setParameter("phase", f.phase() == null ? null : f.phase().name())
                .setParameter("broker", f.assignedBroker())
                .setParameter("offset", page.offset()).setParameter("limit", page.size())
                .setParameter("countLimit", page.countLimit()).setParameter("walk", walkLimit(page))
                .getResultList();
        if (rows.isEmpty()) {
            return new SearchPage(List.of(), new Total(0, true));
        }
        Total total = new Total(((Number) rows.get(0)[1]).longValue(), (Boolean) rows.get(0)[2]);
        // Past the last page the function answers one row without a student, carrying the total.
        List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).filter(Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return new SearchPage(List.of(), total);
        }
        Map<UUID, Student> found = getEntityManager().createQuery(WITH_SCHOOL + "where s.organisationId = :org and s.id in :ids",
                        Student.class)
                .setParameter("org", organisationId).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(st -> st.id, st -> st));
        return new SearchPage(ids.stream().map(found::get).filter(Objects::nonNull).toList(), total);
    }

    /** One query for the page (school and programme fetched with it) and one for the total. */
    public List<Student> list(UUID organisationId, StudentFilter filter, PageRequest page) {
        // The filter may name the programme as p.
        return where(organisationId, filter).page(getEntityManager(), WITH_SCHOOL + "p", "s.lastName, s.firstName, s.id",
                Student.class, page);
    }

    public Total count(UUID organisationId, StudentFilter filter, PageRequest page) {
        return where(organisationId, filter).count(getEntityManager(), "Student s left join s.programme p", page);
    }

    /** The list without a name search; a search goes through {@link #search}. */
    private static Where where(UUID organisationId, StudentFilter f) {
        return Where.of("s.organisationId = :org", "org", organisationId)
                .and("s.school.id = :school", "school", f.schoolId())
                .and("p.id = :programme", "programme", f.programmeId())
                .and("p.level = :level", "level", f.level())
                .and("s.assignedBroker = :broker", "broker", f.assignedBroker())
                .and("s.phase = :phase", "phase", f.phase());
    }
}
