package nl.stagemakelaar.application;

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
import java.util.List;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.common.Responses;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/students/{id}/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Case work")
public class StudentApplicationResource {

    @Inject ApplicationService service;

    @GET
    @Operation(operationId = "listApplications",
            summary = "Vacancies sent to the student and the student's own applications, newest first (at most 200)")
    public List<ApplicationView> list(@PathParam("id") String id) {
        return service.list(Params.pathId(id, "Student"));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Recorded (and e-mailed when the channel is EMAIL)",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @Operation(operationId = "recordApplication",
            summary = "Send the student a vacancy (e-mail, a message to copy, or in person) or log an application they made")
    public RestResponse<ApplicationView> create(@PathParam("id") String id, @NotNull @Valid ApplicationInputs.Create body) {
        return Responses.created("/api/v1/applications", service.create(Params.pathId(id, "Student"), body));
    }
}
