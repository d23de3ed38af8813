package nl.stagemakelaar.kit;

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

@Path("/api/v1/students/{id}/kit-sends")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Case work")
public class StudentKitResource {

    @Inject KitSendService service;

    @GET
    @Operation(operationId = "listKitSends", summary = "The kits sent to the student, newest first (at most 50), with when the link was opened")
    public List<KitViews.Send> list(@PathParam("id") String id) {
        return service.list(Params.pathId(id, "Student"));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Sent (by e-mail) or ready to copy (a message), with the personal link",
            content = @Content(schema = @Schema(implementation = KitViews.Sent.class)))
    @Operation(operationId = "sendKit",
            summary = "Send the standard kit: by e-mail with the documents, or as a message with a personal download link (two weeks)")
    public RestResponse<KitViews.Sent> send(@PathParam("id") String id, @NotNull @Valid KitViews.SendInput body) {
        return RestResponse.status(RestResponse.Status.CREATED, service.send(Params.pathId(id, "Student"), body));
    }
}
