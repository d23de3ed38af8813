package nl.stagemakelaar.checkin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.placement.PlacementService;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The broker's view of what the employer reported on a placement. */
@Path("/api/v1/placements/{placementId}/check-ins")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Placements")
public class CheckInResource {

    @Inject CheckInService service;
    @Inject PlacementService placements;

    @GET
    @Transactional
    @Operation(summary = "Check-ins reported on this placement, newest first")
    public List<CheckInView> list(@PathParam("placementId") String placementId) {
        return service.of(placements.load(Params.pathId(placementId, "Placement"), false));
    }
}
