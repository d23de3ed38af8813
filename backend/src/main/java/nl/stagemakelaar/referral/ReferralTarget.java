package nl.stagemakelaar.referral;

import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.organisation.GuidanceIntensity;
import nl.stagemakelaar.organisation.OrganisationKind;

/** A broker organisation the caller can refer to, with the eligibility questions to answer. */
public record ReferralTarget(UUID id, String name, OrganisationKind kind, GuidanceIntensity defaultGuidanceIntensity,
        List<Question> questions) {

    public record Question(UUID id, String text) {
    }
}
