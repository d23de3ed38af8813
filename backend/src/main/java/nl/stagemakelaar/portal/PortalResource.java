package nl.stagemakelaar.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.stagemakelaar.attachment.AttachmentService;
import nl.stagemakelaar.attachment.FileCheck;
import nl.stagemakelaar.checkin.CheckInView;
import nl.stagemakelaar.common.PageParams;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.common.Responses;
import nl.stagemakelaar.place.PlaceStatus;
import nl.stagemakelaar.place.PlaceView;
import nl.stagemakelaar.placement.PlacementInputs;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The employer portal: the company's profile and places, its candidates and interns; scope from the token. */
@Path("/api/v1/portal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYER)
@Tag(name = "Employer portal")
public class PortalResource {

    @Inject PortalCompanyService company;
    @Inject PortalPlacementService placements;

    @GET
    @Path("/profile")
    @Operation(operationId = "getPortalProfile", summary = "The caller's company profile; the ETag header carries the version")
    public RestResponse<PortalProfile> profile() {
        return Responses.versioned(company.profile());
    }

    @PUT
    @Path("/profile")
    @Operation(operationId = "updatePortalProfile",
            summary = "Update the company's contact details, description and sectors; requires If-Match")
    public RestResponse<PortalProfile> updateProfile(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid PortalProfile.Input body) {
        return Responses.versioned(company.updateProfile(ifMatch, body));
    }

    @GET
    @Path("/places")
    @Operation(operationId = "listPortalPlaces", summary = "The company's internship places")
    public PageResult<PlaceView> places(
            @Parameter(schema = @Schema(implementation = PlaceStatus.class)) @QueryParam("status") String status,
            @BeanParam PageParams paging) {
        return company.places(Params.enumValue("status", status, PlaceStatus.class), paging.request());
    }

    @GET
    @Path("/places/{id}")
    @Operation(operationId = "getPortalPlace", summary = "One of the company's places; the ETag header carries the version")
    public RestResponse<PlaceView> place(@PathParam("id") String id) {
        return Responses.versioned(company.place(Params.pathId(id, "Place")));
    }

    @POST
    @Path("/places")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = PlaceView.class)))
    @Operation(operationId = "createPortalPlace", summary = "Offer an internship place (source: employer portal); brokers see it at once")
    public RestResponse<PlaceView> createPlace(@NotNull @Valid PortalInputs.Place body) {
        return Responses.created("/api/v1/portal/places", company.createPlace(body));
    }

    @PUT
    @Path("/places/{id}")
    @Operation(operationId = "updatePortalPlace", summary = "Edit or close one of the company's places; requires If-Match")
    public RestResponse<PlaceView> updatePlace(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid PortalInputs.Place body) {
        return Responses.versioned(company.updatePlace(Params.pathId(id, "Place"), ifMatch, body));
    }

    @GET
    @Path("/candidates")
    @Operation(operationId = "listPortalCandidates", summary = "Students proposed to the company (proposed, interview planned)")
    public PageResult<PortalPlacementView> candidates(
            @BeanParam PageParams paging) {
        return placements.list(false, paging.request());
    }

    @GET
    @Path("/interns")
    @Operation(operationId = "listPortalInterns", summary = "The company's interns: accepted, running, and ended in the last 12 months")
    public PageResult<PortalPlacementView> interns(
            @BeanParam PageParams paging) {
        return placements.list(true, paging.request());
    }

    @GET
    @Path("/placements/{id}")
    @Operation(operationId = "getPortalPlacement", summary = "One candidate or intern; the ETag header carries the version")
    public RestResponse<PortalPlacementView> get(@PathParam("id") String id) {
        return Responses.versioned(placements.get(Params.pathId(id, "Placement")));
    }

    @POST
    @Path("/placements/{id}/interview")
    @Operation(operationId = "schedulePortalInterview", summary = "Invite the candidate for an interview (date and time)")
    public PortalPlacementView interview(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PlacementInputs.Interview body) {
        return placements.interview(Params.pathId(id, "Placement"), ifMatch, body);
    }

    @POST
    @Path("/placements/{id}/accept")
    @Operation(operationId = "acceptPortalPlacement", summary = "Accept the candidate with a start date")
    public PortalPlacementView accept(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PortalInputs.Accept body) {
        return placements.accept(Params.pathId(id, "Placement"), ifMatch, body);
    }

    @POST
    @Path("/placements/{id}/decline")
    @Operation(operationId = "declinePortalPlacement", summary = "Decline the candidate with a reason (the broker reads it)")
    public PortalPlacementView decline(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PlacementInputs.Decline body) {
        return placements.decline(Params.pathId(id, "Placement"), ifMatch, body);
    }

    @GET
    @Path("/placements/{id}/check-ins")
    @Operation(operationId = "listPortalCheckIns", summary = "What the company reported on this internship, newest first")
    public List<CheckInView> checkIns(@PathParam("id") String id) {
        return placements.checkIns(Params.pathId(id, "Placement"));
    }

    @POST
    @Path("/placements/{id}/check-ins")
    @APIResponse(responseCode = "201", description = "Reported; a concern reaches the broker's dashboard at once",
            content = @Content(schema = @Schema(implementation = CheckInView.class)))
    @Operation(operationId = "reportPortalCheckIn",
            summary = "Report how the internship goes: all right, a concern, or at risk of dropping out")
    public RestResponse<CheckInView> report(@PathParam("id") String id, @NotNull @Valid CheckInView.Input body) {
        return RestResponse.status(RestResponse.Status.CREATED, placements.report(Params.pathId(id, "Placement"), body));
    }

    @PUT
    @Path("/placements/{id}/hours")
    @Operation(operationId = "confirmPortalHours", summary = "Confirm the hours done so far; requires If-Match")
    public RestResponse<PortalPlacementView> confirmHours(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid PortalInputs.Hours body) {
        return Responses.versioned(placements.confirmHours(Params.pathId(id, "Placement"), ifMatch, body));
    }

    @POST
    @Path("/placements/{id}/evaluation")
    @Operation(operationId = "evaluatePortalPlacement", summary = "The short evaluation at the end of the internship (once)")
    public PortalPlacementView evaluate(@PathParam("id") String id, @NotNull @Valid PortalInputs.Evaluation body) {
        return placements.evaluate(Params.pathId(id, "Placement"), body);
    }

    @GET
    @Path("/placements/{id}/cv")
    @Produces({FileCheck.PDF, FileCheck.DOCX})
    @Operation(operationId = "downloadPortalCv", summary = "The CV the student agreed to share with this proposal (logged)")
    public Response cv(@PathParam("id") String id) {
        return AttachmentService.response(placements.cv(Params.pathId(id, "Placement")));
    }
}
