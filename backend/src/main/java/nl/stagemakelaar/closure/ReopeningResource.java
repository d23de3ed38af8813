package nl.stagemakelaar.closure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.security.Roles;
import nl.stagemakelaar.student.StudentView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/students/{studentId}/reopening")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Case work")
public class ReopeningResource {

    @Inject ClosureService service;

    @POST
    @Operation(operationId = "reopenCase", summary = "Reopen a closed case with a reason; the earlier closing stays in its history")
    public StudentView reopen(@PathParam("studentId") String studentId, @NotNull @Valid ClosureInputs.Reopen body) {
        return service.reopen(Params.pathId(studentId, "Student"), body);
    }
}
