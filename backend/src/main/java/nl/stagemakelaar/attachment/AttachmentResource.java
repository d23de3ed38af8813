package nl.stagemakelaar.attachment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/students/{id}/files")
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Case work")
public class AttachmentResource {

    @Inject AttachmentService service;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(schema = @Schema(implementation = AttachmentView.class)))
    @Operation(operationId = "uploadFile", summary = "Attach a PDF or DOCX (at most 10 MB; the content is checked, not the name)")
    public RestResponse<AttachmentView> upload(@PathParam("id") String id, @RestForm("file") FileUpload file) {
        return RestResponse.status(RestResponse.Status.CREATED, service.upload(Params.pathId(id, "Student"), file));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listFiles", summary = "The student's files, newest first (metadata)")
    public List<AttachmentView> list(@PathParam("id") String id) {
        return service.list(Params.pathId(id, "Student"));
    }
}
