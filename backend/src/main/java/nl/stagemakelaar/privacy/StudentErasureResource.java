package nl.stagemakelaar.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/students/{studentId}/erasure")
@RolesAllowed(Roles.LEAD)
@Tag(name = "Privacy")
public class StudentErasureResource {

    @Inject DataSubjects subjects;

    @POST
    @Operation(operationId = "eraseStudent",
            summary = "Erase a student's personal data on request; anonymous facts stay for the figures. Refused "
            + "(409) while an internship is agreed or running; requires If-Match with the student's ETag")
    @APIResponse(responseCode = "204", description = "Erased")
    public void erase(@PathParam("studentId") String studentId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        subjects.erase(Params.pathId(studentId, "Student"), ifMatch);
    }
}
