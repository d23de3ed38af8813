package nl.stagemakelaar.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.stagemakelaar.employer.EmployerRepository;
import nl.stagemakelaar.organisation.OrganisationRepository;
import nl.stagemakelaar.organisation.OrganisationView;
import nl.stagemakelaar.school.SchoolRepository;
import nl.stagemakelaar.school.SchoolView;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.security.Roles;
import nl.stagemakelaar.staff.StaffDirectory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MeResource {

    @Inject Caller caller;
    @Inject StaffDirectory staff;
    @Inject OrganisationRepository organisations;
    @Inject SchoolRepository schools;
    @Inject EmployerRepository employers;

    @GET
    @Transactional
    @RolesAllowed({Roles.BROKER, Roles.LEAD, Roles.MENTOR, Roles.EMPLOYER, Roles.INTEGRATION})
    @Operation(operationId = "getMe", summary = "The caller: name, roles and scope (organisation, school or employer)")
    public MeView me() {
        staff.recordCaller();
        OrganisationView organisation = caller.organisationIdIfAny()
                .flatMap(organisations::findByIdOptional).map(OrganisationView::of).orElse(null);
        SchoolView school = caller.schoolIdIfAny()
                .flatMap(schools::findByIdOptional).map(SchoolView::of).orElse(null);
        var roles = caller.roles().stream()
                .filter(r -> r.equals(Roles.BROKER) || r.equals(Roles.LEAD) || r.equals(Roles.MENTOR)
                        || r.equals(Roles.EMPLOYER) || r.equals(Roles.INTEGRATION))
                .sorted().toList();
        var employer = caller.employerIdIfAny().flatMap(employers::findByIdOptional);
        return new MeView(caller.username(), caller.displayName(), roles, organisation, school,
                caller.employerIdIfAny().orElse(null), employer.map(e -> e.name).orElse(null));
    }
}
