package nl.stagemakelaar.schoolrelation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.consent.ConsentInput;
import nl.stagemakelaar.consent.ConsentView;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Keeping the student's school informed, with the student's consent. */
@Path("/api/v1/students/{id}/school-updates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Case work")
public class SchoolUpdateResource {

    @Inject SchoolUpdates service;

    @POST
    @Operation(operationId = "informSchool",
            summary = "E-mail the school's coordinators that the student joined, or how it ended (requires the student's consent)")
    public SchoolUpdates.Sent send(@PathParam("id") String id, @NotNull @Valid SchoolUpdates.Input body) {
        return service.send(Params.pathId(id, "Student"), body.kind());
    }

    @POST
    @Path("/consent")
    @Operation(operationId = "recordSchoolUpdatesConsent", summary = "The student agrees that the school's coordinators are kept informed")
    public ConsentView consent(@PathParam("id") String id, @NotNull @Valid ConsentInput body) {
        return service.consent(Params.pathId(id, "Student"), body);
    }

    @DELETE
    @Path("/consent")
    @APIResponse(responseCode = "204", description = "Withdrawn: the school hears nothing more")
    @Operation(operationId = "withdrawSchoolUpdatesConsent", summary = "The student withdraws the consent to keep the school informed")
    public void withdraw(@PathParam("id") String id) {
        service.withdraw(Params.pathId(id, "Student"));
    }
}
