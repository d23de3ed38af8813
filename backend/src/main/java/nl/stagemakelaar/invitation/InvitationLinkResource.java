package nl.stagemakelaar.invitation;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import nl.stagemakelaar.security.LinkTokenInput;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The invitation link, used before the person has an account: the 256-bit token is the credential.
 * Unknown, used, expired and revoked links are indistinguishable (404).
 */
@Path("/api/v1/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirementsSet
@Tag(name = "Employer portal accounts")
public class InvitationLinkResource {

    @Inject InvitationService service;

    @POST
    @Path("/preview")
    @Operation(operationId = "previewInvitation", summary = "Who the invitation is for (shown on the set-password page)")
    public InvitationPreview preview(@NotNull @Valid LinkTokenInput body) {
        return service.preview(body.token());
    }

    @POST
    @Path("/accept")
    @APIResponse(responseCode = "204", description = "Password set; the person can log in")
    @Operation(operationId = "acceptInvitation", summary = "Set the password and activate the account")
    public void accept(@NotNull @Valid InvitationAccept body) {
        service.accept(body.token(), body.password());
    }
}
