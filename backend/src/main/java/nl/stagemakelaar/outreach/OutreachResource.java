package nl.stagemakelaar.outreach;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/students/{id}/outreach")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Network")
public class OutreachResource {

    @Inject OutreachService service;

    @GET
    @Operation(operationId = "listOutreach", summary = "Employers approached for the student, with counts by result")
    public OutreachSummary list(@PathParam("id") String id) {
        return service.forStudent(Params.pathId(id, "Student"));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Logged",
            content = @Content(schema = @Schema(implementation = OutreachView.class)))
    @Operation(operationId = "logOutreach", summary = "Log an approach of an employer (or a new one typed by name) for the student")
    public RestResponse<OutreachView> log(@PathParam("id") String id,
            @NotNull @Valid OutreachInput body) {
        return RestResponse.status(RestResponse.Status.CREATED, service.log(Params.pathId(id, "Student"), body));
    }
}
