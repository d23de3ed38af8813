package nl.stagemakelaar.placement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.stagemakelaar.common.PageParams;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.common.Responses;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Placements; a step that makes no sense in the placement's status is 409, a step on a stale version 412. */
@Path("/api/v1/placements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Placements")
public class PlacementResource {

    @Inject PlacementService service;

    @POST
    @APIResponse(responseCode = "201", description = "Proposed",
            content = @Content(schema = @Schema(implementation = PlacementView.class)))
    @Operation(operationId = "proposePlacement",
            summary = "Propose a student to a place or an employer, with the profile the employer will see")
    public RestResponse<PlacementView> propose(@NotNull @Valid PlacementInputs.Propose body) {
        return Responses.created("/api/v1/placements", service.propose(body));
    }

    @RolesAllowed({Roles.BROKER, Roles.LEAD, Roles.INTEGRATION})
    @POST
    @Path("/found")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = PlacementView.class)))
    @Operation(operationId = "recordFoundPlacement",
            summary = "Record an internship the student found themselves: agreed at once, no proposal, nothing shared")
    public RestResponse<PlacementView> recordFound(@NotNull @Valid PlacementInputs.Found body) {
        return Responses.created("/api/v1/placements", service.recordFound(body));
    }

    @RolesAllowed({Roles.BROKER, Roles.LEAD, Roles.INTEGRATION})
    @GET
    @Operation(operationId = "listPlacements", summary = "The organisation's placements (the board), newest change first")
    public PageResult<PlacementView> list(
            @Parameter(schema = @Schema(implementation = PlacementStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("studentId") String studentId,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("employerId") String employerId,
            @BeanParam PageParams paging) {
        return service.list(Params.enumValue("status", status, PlacementStatus.class), Params.uuid("studentId", studentId),
                Params.uuid("employerId", employerId), paging.request());
    }

    @RolesAllowed({Roles.BROKER, Roles.LEAD, Roles.INTEGRATION})
    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlacement", summary = "One placement")
    public PlacementView get(@PathParam("id") String id) {
        return service.get(Params.pathId(id, "Placement"));
    }

    @POST
    @Path("/{id}/interview")
    @Operation(operationId = "schedulePlacementInterview", summary = "The employer invites the student for an interview")
    public PlacementView interview(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PlacementInputs.Interview body) {
        return service.interview(Params.pathId(id, "Placement"), ifMatch, body);
    }

    @POST
    @Path("/{id}/accept")
    @Operation(operationId = "acceptPlacement", summary = "The employer accepts: the student becomes placed")
    public PlacementView accept(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PlacementInputs.Accept body) {
        return service.accept(Params.pathId(id, "Placement"), ifMatch, body);
    }

    @POST
    @Path("/{id}/decline")
    @Operation(operationId = "declinePlacement", summary = "The employer declines, with a reason")
    public PlacementView decline(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PlacementInputs.Decline body) {
        return service.decline(Params.pathId(id, "Placement"), ifMatch, body);
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(operationId = "withdrawPlacement", summary = "Withdraw the proposal (before the internship starts)")
    public PlacementView withdraw(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid PlacementInputs.Withdraw body) {
        return service.withdraw(Params.pathId(id, "Placement"), ifMatch, body);
    }

    @POST
    @Path("/{id}/start")
    @Operation(operationId = "startPlacement", summary = "The internship starts: the student is in internship")
    public PlacementView start(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PlacementInputs.Start body) {
        return service.start(Params.pathId(id, "Placement"), ifMatch, body);
    }

    @POST
    @Path("/{id}/complete")
    @Operation(operationId = "completePlacement", summary = "The internship was completed")
    public PlacementView complete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PlacementInputs.Complete body) {
        return service.complete(Params.pathId(id, "Placement"), ifMatch, body);
    }

    @POST
    @Path("/{id}/end-early")
    @Operation(operationId = "endPlacementEarly", summary = "The internship ended early (dropout, employer ended, other)")
    public PlacementView endEarly(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PlacementInputs.EndEarly body) {
        return service.endEarly(Params.pathId(id, "Placement"), ifMatch, body);
    }
}
