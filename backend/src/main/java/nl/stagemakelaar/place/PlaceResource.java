package nl.stagemakelaar.place;

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

@Path("/api/v1/places")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD, Roles.INTEGRATION})
@Tag(name = "Network")
public class PlaceResource {

    @Inject PlaceService service;

    @GET
    @Operation(operationId = "listPlaces", summary = "Internship places in the organisation's network, soonest start first, with filters")
    public PageResult<PlaceView> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("employerId") String employerId,
            @Parameter(schema = @Schema(implementation = PlaceStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Exact sector") @QueryParam("sector") String sector,
            @Parameter(description = "Town; case is ignored") @QueryParam("city") String city,
            @Parameter(description = "MBO level 1–4 the place accepts", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("level") String level,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("programmeId") String programmeId,
            @Parameter(description = "Starts on or after", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("startFrom") String startFrom,
            @Parameter(description = "Starts on or before", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("startTo") String startTo,
            @BeanParam PageParams paging) {
        return service.list(new PlaceRepository.Filter(Params.uuid("employerId", employerId),
                Params.enumValue("status", status, PlaceStatus.class), Params.text("sector", sector, 100),
                Params.text("city", city, 100), Params.intInRange("level", level, 1, 4),
                Params.uuid("programmeId", programmeId), Params.date("startFrom", startFrom),
                Params.date("startTo", startTo)), paging.request());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlace", summary = "One place; the ETag header carries the version")
    public RestResponse<PlaceView> get(@PathParam("id") String id) {
        return Responses.versioned(service.get(Params.pathId(id, "Place")));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = PlaceView.class)))
    @Operation(operationId = "createPlace", summary = "Add a place at an employer of the network")
    public RestResponse<PlaceView> create(@NotNull @Valid PlaceInput body) {
        return Responses.created("/api/v1/places", service.create(body));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updatePlace", summary = "Update a place; requires If-Match")
    public RestResponse<PlaceView> update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid PlaceInput body) {
        return Responses.versioned(service.update(Params.pathId(id, "Place"), ifMatch, body));
    }
}
