package nl.stagemakelaar.preparation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/students/{id}/preparation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Case work")
public class PreparationResource {

    @Inject PreparationService service;

    @GET
    @Operation(operationId = "getPreparation",
            summary = "The preparation checklist: intake form, CV, letter, interview (STARR), attitude, LinkedIn")
    public List<PreparationService.ItemView> checklist(@PathParam("id") String id) {
        return service.checklist(Params.pathId(id, "Student"));
    }

    @PUT
    @Path("/{item}")
    @Operation(operationId = "setPreparationItem", summary = "Set one item to open, in progress or done (a status change, last write wins)")
    public PreparationService.ItemView set(@PathParam("id") String id,
            @Parameter(schema = @Schema(implementation = PreparationItemType.class)) @PathParam("item") String item,
            @NotNull @Valid PreparationService.StatusInput body) {
        PreparationItemType type;
        try {
            type = PreparationItemType.valueOf(item);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Checklist item");
        }
        return service.set(Params.pathId(id, "Student"), type, body.status());
    }
}
