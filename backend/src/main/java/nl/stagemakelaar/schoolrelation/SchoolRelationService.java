package nl.stagemakelaar.schoolrelation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stagemakelaar.closure.PlacementOutcome;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Etags;
import nl.stagemakelaar.common.Row;
import nl.stagemakelaar.common.Text;
import nl.stagemakelaar.organisation.OrganisationSettings;
import nl.stagemakelaar.school.School;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.student.Phase;

/** The loop with schools: coordinators and agreements per served school, and the desk's figures per school. */
@ApplicationScoped
public class SchoolRelationService {

    @Inject EntityManager em;
    @Inject OrganisationSettings organisations;
    @Inject Caller caller;

    @Transactional
    public List<SchoolRelationViews.Relation> list() {
        UUID org = caller.organisationId();
        List<School> served = organisations.load(org).schools.stream().sorted(Comparator.comparing((School s) -> s.name)).toList();
        return views(org, served);
    }

    @Transactional
    public SchoolRelationViews.Relation update(UUID schoolId, String ifMatch, SchoolRelationViews.Input in) {
        UUID org = caller.organisationId();
        School school = organisations.load(org).schools.stream().filter(s -> s.id.equals(schoolId)).findFirst()
                .orElseThrow(() -> ApiException.notFound("School"));
        SchoolRelation r = relations(org).get(schoolId);
        // "-1" while nothing was recorded for the school yet, as for an intake.
        Etags.require(ifMatch, r == null ? -1 : r.version);
        if (r == null) {
            r = new SchoolRelation();
            r.id = UUID.randomUUID();
            r.organisationId = org;
            r.schoolId = school.id;
            r.created(caller.username());
            em.persist(r);
        }
        r.agreements = Text.blankToNull(in.agreements());
        r.coordinators.clear();
        em.flush(); // the old rows go before the new ones take their positions
        int position = 0;
        for (var c : in.coordinators()) {
            SchoolCoordinator sc = new SchoolCoordinator();
            sc.id = UUID.randomUUID();
            sc.organisationId = org;
            sc.relation = r;
            sc.position = position++;
            sc.name = c.name().trim();
            sc.role = Text.blankToNull(c.role());
            sc.email = Text.blankToNull(c.email());
            sc.phone = Text.blankToNull(c.phone());
            r.coordinators.add(sc);
        }
        r.touch(caller.username());
        em.flush();
        return views(org, List.of(school)).get(0);
    }

    private Map<UUID, SchoolRelation> relations(UUID org) {
        return em.createQuery("select distinct r from SchoolRelation r left join fetch r.coordinators where r.organisationId = :org",
                SchoolRelation.class).setParameter("org", org).getResultList().stream()
                .collect(Collectors.toMap(r -> r.schoolId, Function.identity()));
    }

    /** Three queries for any number of schools: the relations, the students per phase, the outcomes per school. */
    private List<SchoolRelationViews.Relation> views(UUID org, List<School> schools) {
        Map<UUID, SchoolRelation> relations = relations(org);
        Map<UUID, Map<String, Long>> phases = new HashMap<>();
        Row.all(em.createNativeQuery("""
                select s.school_id, s.phase, count(*) as n from student s
                 where s.organisation_id = :org and s.erased_at is null group by s.school_id, s.phase""", Tuple.class)
                .setParameter("org", org))
                .forEach(r -> phases.computeIfAbsent(r.uuid("school_id"), k -> zeros(Phase.values())).put(r.text("phase"), r.count("n")));
        Map<UUID, Map<String, Long>> outcomes = new HashMap<>();
        Row.all(em.createNativeQuery("""
                select s.school_id, c.placement_outcome, count(*) as n from case_closure c join student s on s.id = c.student_id
                 where c.organisation_id = :org and c.reopened_at is null and c.closed_at >= :since
                 group by s.school_id, c.placement_outcome""", Tuple.class)
                .setParameter("org", org).setParameter("since", OffsetDateTime.now().minusMonths(12)))
                .forEach(r -> outcomes.computeIfAbsent(r.uuid("school_id"), k -> zeros(PlacementOutcome.values()))
                        .put(r.text("placement_outcome"), r.count("n")));
        return schools.stream().map(s -> {
            SchoolRelation r = relations.get(s.id);
            var coordinators = r == null ? List.<SchoolRelationViews.Coordinator>of() : r.coordinators.stream()
                    .map(c -> new SchoolRelationViews.Coordinator(c.name, c.role, c.email, c.phone)).toList();
            return new SchoolRelationViews.Relation(s.id, s.name, r == null ? null : r.agreements, coordinators,
                    phases.getOrDefault(s.id, zeros(Phase.values())), outcomes.getOrDefault(s.id, zeros(PlacementOutcome.values())),
                    r == null ? -1 : r.version);
        }).toList();
    }

    private static Map<String, Long> zeros(Enum<?>[] values) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Enum<?> v : values) {
            m.put(v.name(), 0L);
        }
        return m;
    }
}
