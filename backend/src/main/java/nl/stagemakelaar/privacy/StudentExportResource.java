package nl.stagemakelaar.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/students/{studentId}/export")
@RolesAllowed(Roles.LEAD)
@Tag(name = "Privacy")
public class StudentExportResource {

    @Inject DataSubjects subjects;

    @GET
    @Produces("application/zip")
    @Operation(operationId = "exportStudent",
            summary = "Everything held on one student, for a data-subject request: student.json (with the audit "
            + "trail about them) and the files, in a zip")
    @APIResponse(responseCode = "200", description = "The zip",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@PathParam("studentId") String studentId) {
        var id = Params.pathId(studentId, "Student");
        return Response.ok(subjects.export(id), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"student-" + id + ".zip\"")
                .header("Cache-Control", "private, no-store").build();
    }
}
