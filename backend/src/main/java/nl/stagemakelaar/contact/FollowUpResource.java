package nl.stagemakelaar.contact;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/contacts/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Case work")
public class FollowUpResource {

    @Inject ContactService service;

    @POST
    @Path("/follow-up-done")
    @Operation(operationId = "completeFollowUp", summary = "Mark the contact's follow-up as done")
    public ContactView followUpDone(@PathParam("id") String id) {
        return service.completeFollowUp(Params.pathId(id, "Contact"));
    }
}
