package nl.stagemakelaar.contact;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.stagemakelaar.common.PageParams;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Contacts and visits with an employer of the caller's network; another organisation's employer is 404. */
@Path("/api/v1/employers/{id}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Network")
public class EmployerContactResource {

    @Inject ContactService service;

    @POST
    @APIResponse(responseCode = "201", description = "Logged",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @Operation(operationId = "logEmployerContact",
            summary = "Log a contact or visit with the employer, with or without a student; moves its last contact")
    public RestResponse<ContactView> log(@PathParam("id") String id, @NotNull @Valid EmployerContactInput body) {
        return RestResponse.status(RestResponse.Status.CREATED, service.logWithEmployer(Params.pathId(id, "Employer"), body));
    }

    @GET
    @Operation(operationId = "listEmployerContacts", summary = "Contacts and visits with the employer, newest first")
    public PageResult<ContactView> list(@PathParam("id") String id, @BeanParam PageParams paging) {
        return service.listOfEmployer(Params.pathId(id, "Employer"), paging.request());
    }
}
