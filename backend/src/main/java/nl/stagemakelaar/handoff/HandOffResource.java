package nl.stagemakelaar.handoff;

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
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/students/{studentId}/hand-offs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Case work")
public class HandOffResource {

    @Inject HandOffService service;

    @GET
    @Operation(operationId = "listHandOffs",
            summary = "Hand-offs of the student to youth work, the district team, the compulsory-education officer…")
    public List<HandOffView> list(@PathParam("studentId") String studentId) {
        return service.list(Params.pathId(studentId, "Student"));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = HandOffView.class)))
    @Operation(operationId = "recordHandOff", summary = "Record a hand-off: to whom, when, why")
    public RestResponse<HandOffView> record(@PathParam("studentId") String studentId, @NotNull @Valid HandOffInput body) {
        return RestResponse.status(RestResponse.Status.CREATED, service.record(Params.pathId(studentId, "Student"), body));
    }
}
