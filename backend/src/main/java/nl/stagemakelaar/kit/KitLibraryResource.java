package nl.stagemakelaar.kit;

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
import jakarta.ws.rs.core.Response;
import nl.stagemakelaar.attachment.FileCheck;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.common.Responses;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The organisation's standard kit: brokers read and send it, a lead keeps it. */
@Path("/api/v1/kit")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Settings")
public class KitLibraryResource {

    @Inject KitLibraryService service;

    @GET
    @Operation(operationId = "getKit", summary = "The kit's documents (metadata) and message templates, with the placeholders templates may use")
    public KitViews.Library library() {
        return service.library();
    }

    @POST
    @Path("/documents")
    @RolesAllowed(Roles.LEAD)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = KitViews.Document.class)))
    @Operation(operationId = "addKitDocument",
            summary = "Add a PDF or DOCX (at most 5 MB, checked by content) with a title and, optionally, the preparation item it helps with")
    public RestResponse<KitViews.Document> add(@RestForm("file") FileUpload file, @RestForm("title") String title,
            @RestForm("preparationItem") String preparationItem) {
        return RestResponse.status(RestResponse.Status.CREATED, service.addDocument(title, preparationItem, file));
    }

    @DELETE
    @Path("/documents/{documentId}")
    @RolesAllowed(Roles.LEAD)
    @APIResponse(responseCode = "204", description = "Removed from the kit and from links already sent")
    @Operation(operationId = "deleteKitDocument", summary = "Remove a document from the kit")
    public void delete(@PathParam("documentId") String documentId) {
        service.deleteDocument(Params.pathId(documentId, "Kit document"));
    }

    @GET
    @Path("/documents/{documentId}/content")
    @Produces({FileCheck.PDF, FileCheck.DOCX})
    @Operation(operationId = "downloadKitDocument", summary = "Download a kit document, to check what students receive")
    public Response download(@PathParam("documentId") String documentId) {
        return KitLinkResource.file(service.download(Params.pathId(documentId, "Kit document")));
    }

    @POST
    @Path("/templates")
    @RolesAllowed(Roles.LEAD)
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = KitViews.Template.class)))
    @Operation(operationId = "createMessageTemplate", summary = "Add a message template; unknown placeholders are refused")
    public RestResponse<KitViews.Template> createTemplate(@NotNull @Valid KitViews.TemplateInput body) {
        return Responses.created("/api/v1/kit/templates", service.createTemplate(body));
    }

    @PUT
    @Path("/templates/{templateId}")
    @RolesAllowed(Roles.LEAD)
    @Operation(operationId = "updateMessageTemplate", summary = "Change a message template (If-Match)")
    public RestResponse<KitViews.Template> updateTemplate(@PathParam("templateId") String templateId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid KitViews.TemplateInput body) {
        return Responses.versioned(service.updateTemplate(Params.pathId(templateId, "Message template"), ifMatch, body));
    }

    @DELETE
    @Path("/templates/{templateId}")
    @RolesAllowed(Roles.LEAD)
    @APIResponse(responseCode = "204", description = "Removed; sends made with it keep their place on the timeline")
    @Operation(operationId = "deleteMessageTemplate", summary = "Remove a message template")
    public void deleteTemplate(@PathParam("templateId") String templateId) {
        service.deleteTemplate(Params.pathId(templateId, "Message template"));
    }
}
