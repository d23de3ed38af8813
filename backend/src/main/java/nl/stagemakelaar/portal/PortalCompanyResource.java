package nl.stagemakelaar.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.net.URI;
import nl.stagemakelaar.common.Etags;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.place.PlaceStatus;
import nl.stagemakelaar.place.PlaceView;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Employer portal: the company profile and the employer's own internship places. */
@Path("/api/v1/portal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYER)
@Tag(name = "Employer portal")
public class PortalCompanyResource {

    @Inject
    PortalCompanyService service;

    @GET
    @Path("/profile")
    @Operation(summary = "The caller's company profile; the ETag header carries the version")
    public RestResponse<PortalProfile> profile() {
        PortalProfile v = service.profile();
        return RestResponse.ResponseBuilder.ok(v).tag(Etags.of(v.version())).build();
    }

    @PUT
    @Path("/profile")
    @Operation(summary = "Update the company's contact details, description and sectors; requires If-Match")
    public RestResponse<PortalProfile> updateProfile(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid PortalProfile.Input body) {
        PortalProfile v = service.updateProfile(ifMatch, body);
        return RestResponse.ResponseBuilder.ok(v).tag(Etags.of(v.version())).build();
    }

    @GET
    @Path("/places")
    @Operation(summary = "The company's internship places")
    public PageResult<PlaceView> places(
            @Parameter(schema = @Schema(implementation = PlaceStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @QueryParam("size") String size) {
        return service.places(Params.enumValue("status", status, PlaceStatus.class), Params.page(page, size));
    }

    @GET
    @Path("/places/{id}")
    @Operation(summary = "One of the company's places; the ETag header carries the version")
    public RestResponse<PlaceView> place(@PathParam("id") String id) {
        PlaceView v = service.place(Params.pathId(id, "Place"));
        return RestResponse.ResponseBuilder.ok(v).tag(Etags.of(v.version())).build();
    }

    @POST
    @Path("/places")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = PlaceView.class)))
    @Operation(summary = "Offer an internship place (source: employer portal); brokers see it at once")
    public RestResponse<PlaceView> createPlace(@NotNull @Valid PortalInputs.Place body) {
        PlaceView v = service.createPlace(body);
        return RestResponse.ResponseBuilder.<PlaceView>created(URI.create("/api/v1/portal/places/" + v.id())).entity(v)
                .tag(Etags.of(v.version())).build();
    }

    @PUT
    @Path("/places/{id}")
    @Operation(summary = "Edit or close one of the company's places; requires If-Match")
    public RestResponse<PlaceView> updatePlace(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid PortalInputs.Place body) {
        PlaceView v = service.updatePlace(Params.pathId(id, "Place"), ifMatch, body);
        return RestResponse.ResponseBuilder.ok(v).tag(Etags.of(v.version())).build();
    }
}
