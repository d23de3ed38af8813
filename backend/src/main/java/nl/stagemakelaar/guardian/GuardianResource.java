package nl.stagemakelaar.guardian;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
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

/** Parents and guardians on the student record: brokers and leads of the student's organisation only. */
@Path("/api/v1/students/{studentId}/guardians")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Case work")
public class GuardianResource {

    @Inject GuardianService service;

    @GET
    @Operation(operationId = "listGuardians", summary = "The student's parents and guardians, with whether they may be contacted")
    public List<GuardianView> list(@PathParam("studentId") String studentId) {
        return service.list(Params.pathId(studentId, "Student"));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = GuardianView.class)))
    @Operation(operationId = "addGuardian", summary = "Add a parent or guardian")
    public RestResponse<GuardianView> add(@PathParam("studentId") String studentId, @NotNull @Valid GuardianInput body) {
        var id = Params.pathId(studentId, "Student");
        return Responses.created("/api/v1/students/" + id + "/guardians", service.add(id, body));
    }

    @PUT
    @Path("/{guardianId}")
    @Operation(operationId = "updateGuardian", summary = "Change a parent or guardian; requires If-Match")
    public RestResponse<GuardianView> update(@PathParam("studentId") String studentId,
            @PathParam("guardianId") String guardianId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid GuardianInput body) {
        return Responses.versioned(service.update(Params.pathId(studentId, "Student"),
                Params.pathId(guardianId, "Guardian"), ifMatch, body));
    }

    @DELETE
    @Path("/{guardianId}")
    @APIResponse(responseCode = "204", description = "Removed")
    @Operation(operationId = "removeGuardian", summary = "Remove a parent or guardian; requires If-Match")
    public void remove(@PathParam("studentId") String studentId, @PathParam("guardianId") String guardianId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.remove(Params.pathId(studentId, "Student"), Params.pathId(guardianId, "Guardian"), ifMatch);
    }
}
