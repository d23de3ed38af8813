package nl.stagemakelaar.student;

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

@Path("/api/v1/students")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD, Roles.INTEGRATION})
@Tag(name = "Students")
public class StudentResource {

    @Inject StudentService service;

    @GET
    @Operation(operationId = "listStudents", summary = "Students of the caller's organisation, searched by name and filtered")
    public PageResult<StudentSummary> list(
            @Parameter(description = "Name search; accents and case are ignored") @QueryParam("q") String q,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("schoolId") String schoolId,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("programmeId") String programmeId,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "4")) @QueryParam("level") String level,
            @Parameter(schema = @Schema(implementation = Phase.class)) @QueryParam("phase") String phase,
            @Parameter(description = "Username of the broker who has the case") @QueryParam("assignedBroker") String assignedBroker,
            @BeanParam PageParams paging) {
        var filter = new StudentFilter(Params.search(q), Params.uuid("schoolId", schoolId),
                Params.uuid("programmeId", programmeId), Params.intInRange("level", level, 1, 4),
                Params.enumValue("phase", phase, Phase.class), Params.text("assignedBroker", assignedBroker, 100));
        return service.list(filter, paging.request());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStudent", summary = "One student; the ETag header carries the version for If-Match")
    public RestResponse<StudentView> get(@PathParam("id") String id) {
        return Responses.versioned(service.get(Params.pathId(id, "Student")));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers are set",
            content = @Content(schema = @Schema(implementation = StudentView.class)))
    @Operation(operationId = "createStudent", summary = "Register a student in the caller's organisation (phase intake)")
    public RestResponse<StudentView> create(@NotNull @Valid StudentInput body) {
        return Responses.created("/api/v1/students", service.create(body));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateStudent", summary = "Update a student; requires If-Match with the ETag from the last read")
    public RestResponse<StudentView> update(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid StudentInput body) {
        return Responses.versioned(service.update(Params.pathId(id, "Student"), ifMatch, body));
    }
}
