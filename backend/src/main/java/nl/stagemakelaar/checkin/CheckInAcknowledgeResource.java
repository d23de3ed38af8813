package nl.stagemakelaar.checkin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/check-ins/{id}/acknowledge")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Placements")
public class CheckInAcknowledgeResource {

    @Inject CheckInService service;

    @POST
    @Operation(operationId = "acknowledgeCheckIn", summary = "The broker has seen the signal and acts on it: it leaves the dashboard")
    public CheckInView acknowledge(@PathParam("id") String id) {
        return service.acknowledge(Params.pathId(id, "Check-in"));
    }
}
