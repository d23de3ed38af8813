package nl.stagemakelaar.attachment;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/files/{fileId}")
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Case work")
public class FileDownloadResource {

    @Inject AttachmentService service;

    @GET
    @Produces({FileCheck.PDF, FileCheck.DOCX})
    @Operation(operationId = "downloadFile", summary = "Download a file of a student of the caller's organisation (logged)")
    public Response download(@PathParam("fileId") String fileId) {
        return AttachmentService.response(service.download(Params.pathId(fileId, "Attachment")));
    }
}
