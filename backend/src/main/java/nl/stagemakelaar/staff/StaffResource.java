package nl.stagemakelaar.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/staff")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff")
public class StaffResource {

    public record BrokerView(String username, String name) {
    }

    /** A broker or lead of the organisation: the SPA shows names, the API keeps logins as identifiers. */
    public record StaffMemberView(String username, String name, String role) {
    }

    @Inject StaffDirectory directory;
    @Inject Caller caller;

    @GET
    @Path("/brokers")
    @Transactional
    @RolesAllowed({Roles.BROKER, Roles.LEAD})
    @Operation(operationId = "listBrokers", summary = "The brokers of the caller's organisation, to assign cases to")
    public List<BrokerView> brokers() {
        return directory.brokers(caller.organisationId()).stream()
                .map(s -> new BrokerView(s.key.username, s.displayName)).toList();
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.BROKER, Roles.LEAD})
    @Operation(operationId = "listStaff",
            summary = "The brokers and leads of the caller's organisation with their names, to show people by name")
    public List<StaffMemberView> all() {
        return directory.byUsername(caller.organisationId()).values().stream()
                .sorted(java.util.Comparator.comparing((StaffMember s) -> s.displayName))
                .map(s -> new StaffMemberView(s.key.username, s.displayName, s.role)).toList();
    }
}
