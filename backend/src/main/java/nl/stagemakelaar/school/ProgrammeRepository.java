package nl.stagemakelaar.school;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.Text;
import nl.stagemakelaar.common.Where;

/** The programme catalogue (crebo), shared by every organisation. */
@ApplicationScoped
public class ProgrammeRepository implements PanacheRepositoryBase<Programme, UUID> {

    /** The programme a request names in {@code field}, or null when none is named; an unknown id is a 400. */
    public Programme named(String field, UUID id) {
        return id == null ? null : findByIdOptional(id).orElseThrow(
                () -> ApiException.invalidField(field, "Exists", field + " is not a known programme"));
    }

    /** {@code folded} matches the start or middle of the name or the crebo code. */
    public List<Programme> list(String folded, Integer level, PageRequest page) {
        return where(folded, level).page(getEntityManager(), "select p from Programme p", "p.name, p.level",
                Programme.class, page);
    }

    public nl.stagemakelaar.common.Total count(String folded, Integer level, PageRequest page) {
        return where(folded, level).count(getEntityManager(), "Programme p", page);
    }

    private static Where where(String folded, Integer level) {
        return Where.of("1 = 1")
                .and("(lower(p.name) like :q or p.creboCode like :q)", "q", folded == null ? null : Text.likeContains(folded))
                .and("p.level = :level", "level", level);
    }
}
