package nl.stagemakelaar.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Etags;
import nl.stagemakelaar.school.School;
import nl.stagemakelaar.school.SchoolRepository;

/** The organisation's own settings, as its owner writes them; the settings feature keeps the history. */
@ApplicationScoped
public class OrganisationSettings {

    @Inject OrganisationRepository organisations;
    @Inject SchoolRepository schools;

    public record Values(OrganisationKind kind, GuidanceIntensity defaultGuidanceIntensity, int noContactDays,
            Integer followUpDays, Cadence cadence, Integer outOfContactAttempts, java.math.BigDecimal hourlyCost,
            Integer retentionMonths) {
    }

    /** Days between check-ins: intensive (employer, student), placement-only (after the start, before the end). */
    public record Cadence(int intensiveEmployerDays, int intensiveStudentDays, int placementOnlyFirstDays,
            int placementOnlyEndDays) {
    }

    public Organisation load(UUID id) {
        return organisations.findByIdOptional(id).orElseThrow(() -> ApiException.forbidden("Your organisation is not registered"));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Organisation configure(UUID id, String ifMatch, Values v) {
        Organisation o = organisations.lockedById(id).orElseThrow(() -> ApiException.forbidden("Your organisation is not registered"));
        Etags.require(ifMatch, o.version);
        o.kind = v.kind();
        o.defaultGuidanceIntensity = v.defaultGuidanceIntensity();
        o.noContactDays = v.noContactDays();
        o.followUpDays = v.followUpDays();
        if (v.hourlyCost() != null) {
            o.hourlyCost = v.hourlyCost();
        }
        if (v.retentionMonths() != null) {
            o.retentionMonths = v.retentionMonths();
        }
        if (v.outOfContactAttempts() != null) {
            o.outOfContactAttempts = v.outOfContactAttempts();
        }
        if (v.cadence() != null) {
            o.intensiveEmployerDays = v.cadence().intensiveEmployerDays();
            o.intensiveStudentDays = v.cadence().intensiveStudentDays();
            o.placementOnlyFirstDays = v.cadence().placementOnlyFirstDays();
            o.placementOnlyEndDays = v.cadence().placementOnlyEndDays();
        }
        organisations.flush();
        return o;
    }

    /** The public sign-up page: open or closed, and the text for a student who does not qualify. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Organisation configureSignUp(UUID id, String ifMatch, boolean open, String notEligibleText) {
        Organisation o = organisations.lockedById(id).orElseThrow(() -> ApiException.forbidden("Your organisation is not registered"));
        Etags.require(ifMatch, o.version);
        o.selfSignUp = open;
        o.notEligibleText = notEligibleText;
        organisations.flush();
        return o;
    }

    /** The schools the desk serves; at least one, or nobody could refer to it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Organisation serve(UUID id, List<UUID> schoolIds) {
        Organisation o = organisations.lockedById(id).orElseThrow(() -> ApiException.forbidden("Your organisation is not registered"));
        var chosen = new java.util.HashSet<School>();
        for (int i = 0; i < schoolIds.size(); i++) {
            int index = i;
            chosen.add(schools.findByIdOptional(schoolIds.get(i)).orElseThrow(() -> ApiException.invalidField(
                    "schoolIds[" + index + "]", "Scope", "not a known school")));
        }
        o.schools.clear();
        o.schools.addAll(chosen);
        return o;
    }
}
