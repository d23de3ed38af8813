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
import nl.stagemakelaar.placement.PlacementService;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Check-ins on a placement: the employer's reports and the brokers' own. */
@Path("/api/v1/placements/{placementId}/check-ins")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Placements")
public class CheckInResource {

    @Inject CheckInService service;
    @Inject PlacementService placements;

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Logged",
            content = @Content(schema = @Schema(implementation = CheckInView.class)))
    @Operation(operationId = "reportCheckIn",
            summary = "Log a check-in with the student, employer, a parent or the school on an agreed or running internship")
    public RestResponse<CheckInView> log(@PathParam("placementId") String placementId,
            @NotNull @Valid CheckInView.BrokerInput body) {
        return RestResponse.status(RestResponse.Status.CREATED,
                service.log(placements.load(Params.pathId(placementId, "Placement"), true), body));
    }

    @GET
    @Transactional
    @Operation(operationId = "listCheckIns", summary = "Check-ins on this placement (the employer's and the brokers'), newest first")
    public List<CheckInView> list(@PathParam("placementId") String placementId) {
        return service.of(placements.load(Params.pathId(placementId, "Placement"), false));
    }
}
