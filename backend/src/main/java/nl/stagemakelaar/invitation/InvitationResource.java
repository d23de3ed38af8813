package nl.stagemakelaar.invitation;

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
import java.net.URI;
import java.util.List;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Brokers and leads invite an employer's contact people to the employer portal, and revoke them. */
@Path("/api/v1/employers/{employerId}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Employer portal accounts")
public class InvitationResource {

    @Inject InvitationService service;

    @GET
    @Operation(operationId = "listEmployerInvitations", summary = "The employer's portal invitations and accounts, newest first")
    public List<InvitationView> list(@PathParam("employerId") String employerId) {
        return service.list(Params.pathId(employerId, "Employer"));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Invited; the e-mail is on its way",
            content = @Content(schema = @Schema(implementation = InvitationView.class)))
    @Operation(operationId = "inviteEmployerContact",
            summary = "Invite a contact person: creates their Keycloak account and e-mails the link to set a password")
    public RestResponse<InvitationView> invite(@PathParam("employerId") String employerId,
            @NotNull @Valid InvitationInput body) {
        InvitationView v = service.invite(Params.pathId(employerId, "Employer"), body);
        return RestResponse.ResponseBuilder.<InvitationView>created(
                URI.create("/api/v1/employers/" + v.employerId() + "/invitations/" + v.id())).entity(v).build();
    }

    @POST
    @Path("/{id}/resend")
    @Operation(operationId = "resendEmployerInvitation",
            summary = "Send an open invitation again with a new link (the old link stops working)")
    public InvitationView resend(@PathParam("employerId") String employerId, @PathParam("id") String id) {
        return service.resend(Params.pathId(employerId, "Employer"), Params.pathId(id, "Invitation"));
    }

    @POST
    @Path("/{id}/revoke")
    @Operation(operationId = "revokeEmployerInvitation", summary = "Revoke: the account is disabled and its sessions end")
    public InvitationView revoke(@PathParam("employerId") String employerId, @PathParam("id") String id) {
        return service.revoke(Params.pathId(employerId, "Employer"), Params.pathId(id, "Invitation"));
    }
}
