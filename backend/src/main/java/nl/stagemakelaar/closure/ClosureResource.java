package nl.stagemakelaar.closure;

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

/** Closing a case with its outcomes. A state change with its own rules, like the other case actions: no If-Match. */
@Path("/api/v1/students/{studentId}/closure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Case work")
public class ClosureResource {

    @Inject ClosureService service;

    @GET
    @Operation(operationId = "getClosure",
            summary = "What is still open before closing, the suggested outcome, the current closing and earlier ones")
    public ClosureView.Overview overview(@PathParam("studentId") String studentId) {
        return service.overview(Params.pathId(studentId, "Student"));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Closed",
            content = @Content(schema = @Schema(implementation = ClosureView.class)))
    @Operation(operationId = "closeCase", summary = "Close the case with its placement and education outcome and a hand-off if any;"
            + " ends live proposals and follow-ups, refused (409) while an internship runs")
    public RestResponse<ClosureView> close(@PathParam("studentId") String studentId,
            @NotNull @Valid ClosureInputs.Close body) {
        return RestResponse.status(RestResponse.Status.CREATED, service.close(Params.pathId(studentId, "Student"), body));
    }
}
