package nl.stagemakelaar.kit;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.stagemakelaar.attachment.FileCheck;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.security.LinkTokenInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The student's download link, without an account: the token is the credential and travels in the body, never in
 * an address a log keeps. Unknown 404, expired 410.
 */
@Path("/api/v1/kit-links")
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirementsSet
@Tag(name = "Case work")
public class KitLinkResource {

    @Inject KitSendService service;

    @POST
    @Path("/open")
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The documents behind the link",
            content = @Content(schema = @Schema(implementation = KitViews.LinkView.class)))
    @APIResponse(responseCode = "404", description = "No such link")
    @APIResponse(responseCode = "410", description = "The link has expired")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    @Operation(operationId = "openKitLink", summary = "The page behind a kit link: the student's first name and the documents")
    public KitViews.LinkView open(@NotNull @Valid LinkTokenInput body) {
        return service.open(body.token());
    }

    @POST
    @Path("/documents/{documentId}")
    @Produces({FileCheck.PDF, FileCheck.DOCX, MediaType.APPLICATION_JSON})
    @APIResponse(responseCode = "200", description = "The file",
            content = {@Content(mediaType = FileCheck.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                        @Content(mediaType = FileCheck.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such link, or the document is not behind it")
    @APIResponse(responseCode = "410", description = "The link has expired")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    @Operation(operationId = "downloadKitLinkDocument", summary = "One document behind a kit link")
    public Response download(@PathParam("documentId") String documentId, @NotNull @Valid LinkTokenInput body) {
        return file(service.download(body.token(), Params.pathId(documentId, "Kit document")));
    }

    static Response file(KitDocument d) {
        return FileCheck.download(d.content, d.contentType, d.fileName);
    }
}
