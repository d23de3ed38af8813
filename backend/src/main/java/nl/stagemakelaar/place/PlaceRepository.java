package nl.stagemakelaar.place;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.Total;
import nl.stagemakelaar.common.Where;

/** The one door to internship places. */
@ApplicationScoped
public class PlaceRepository implements PanacheRepositoryBase<InternshipPlace, UUID> {

    /** Filters of a place list; null means any. FILLED is stored as OPEN (filled is counted, never typed). */
    public record Filter(UUID employerId, PlaceStatus status, String sector, String city, Integer level,
            UUID programmeId, java.time.LocalDate startFrom, java.time.LocalDate startTo) {

        public static Filter of(UUID employerId, PlaceStatus status) {
            return new Filter(employerId, status, null, null, null, null, null, null);
        }
    }

    public List<InternshipPlace> list(UUID organisationId, Filter filter, PageRequest page) {
        return where(organisationId, filter).page(getEntityManager(), "select p from InternshipPlace p "
                + "join fetch p.employer left join fetch p.programme", "p.startDate nulls last, p.title, p.id",
                InternshipPlace.class, page);
    }

    public Total count(UUID organisationId, Filter filter, PageRequest page) {
        return where(organisationId, filter).count(getEntityManager(), "InternshipPlace p", page);
    }

    private static Where where(UUID organisationId, Filter f) {
        return Where.of("p.organisationId = :org", "org", organisationId)
                .and("p.employer.id = :employer", "employer", f.employerId())
                .and("p.status = :status", "status", f.status() == PlaceStatus.FILLED ? PlaceStatus.OPEN : f.status())
                .and("p.sector = :sector", "sector", f.sector())
                .and("p.cityKey = :city", "city", f.city() == null ? null : f.city().trim().toLowerCase(java.util.Locale.ROOT))
                .and(":level between p.levelMin and p.levelMax", "level", f.level())
                .and("p.programme.id = :programme", "programme", f.programmeId())
                .and("p.startDate >= :startFrom", "startFrom", f.startFrom())
                .and("p.startDate <= :startTo", "startTo", f.startTo());
    }

    public Optional<InternshipPlace> findInOrganisation(UUID organisationId, UUID id) {
        return find("id = ?1 and organisationId = ?2", id, organisationId).firstResultOptional();
    }

    public Optional<InternshipPlace> findOfEmployer(UUID employerId, UUID id) {
        return find("id = ?1 and employer.id = ?2", id, employerId).firstResultOptional();
    }

    /**
     * Filled seats per place: accepted, running and completed placements, counted by the database as placements
     * change (V37), so a list reads them and counts nothing.
     */
    public Map<UUID, Long> filled(List<UUID> placeIds) {
        if (placeIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = getEntityManager().createNativeQuery(
                        "select p.id as place_id, p.filled_placements as filled from internship_place p where p.id in (:ids)",
                        Tuple.class)
                .setParameter("ids", placeIds).getResultList();
        return rows.stream()
                .collect(Collectors.toMap(t -> t.get("place_id", UUID.class), t -> ((Number) t.get("filled")).longValue()));
    }

}
