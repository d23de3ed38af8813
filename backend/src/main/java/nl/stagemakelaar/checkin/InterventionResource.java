package nl.stagemakelaar.checkin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.common.Responses;
import nl.stagemakelaar.placement.PlacementService;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Agreements on a placement at risk. Brokers and leads only: the employer does not see them. */
@Path("/api/v1/placements/{placementId}/interventions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Placements")
public class InterventionResource {

    @Inject CheckInService service;
    @Inject PlacementService placements;

    @GET
    @Transactional
    @Operation(operationId = "listInterventions", summary = "What was agreed on this placement, with whom, by when, and whether it helped")
    public List<InterventionView> list(@PathParam("placementId") String placementId) {
        return service.interventions(placements.load(Params.pathId(placementId, "Placement"), false));
    }

    @POST
    @Transactional
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = InterventionView.class)))
    @Operation(operationId = "agreeIntervention", summary = "Record an agreement on an agreed or running internship")
    public RestResponse<InterventionView> agree(@PathParam("placementId") String placementId,
            @NotNull @Valid InterventionView.Input body) {
        var p = placements.load(Params.pathId(placementId, "Placement"), true);
        return Responses.created("/api/v1/placements/" + p.id + "/interventions", service.agree(p, null, body));
    }
}
