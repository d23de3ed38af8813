package nl.stagemakelaar.organisation;

import java.util.UUID;

public record OrganisationView(UUID id, String name, OrganisationKind kind,
        GuidanceIntensity defaultGuidanceIntensity, int capacityHoursPerWeek) {

    public static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id, o.name, o.kind, o.defaultGuidanceIntensity, o.capacityHoursPerWeek);
    }
}
