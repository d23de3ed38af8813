package nl.stagemakelaar.referral;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EligibilityQuestionRepository implements PanacheRepositoryBase<EligibilityQuestion, UUID> {

    public List<EligibilityQuestion> active(UUID organisationId) {
        return list("organisationId = ?1 and active = true order by position", organisationId);
    }

    public List<EligibilityQuestion> activeOf(Collection<UUID> organisationIds) {
        return list("organisationId in ?1 and active = true order by position", organisationIds);
    }

    /** All questions a referral answered, also ones deactivated since, for showing the answers. */
    public List<EligibilityQuestion> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1 order by position", ids);
    }
}
