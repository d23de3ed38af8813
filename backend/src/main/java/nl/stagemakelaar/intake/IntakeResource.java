package nl.stagemakelaar.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.common.Responses;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/students/{id}/intake")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Case work")
public class IntakeResource {

    @Inject IntakeService service;

    @GET
    @Operation(operationId = "getIntake", summary = "The intake and needs assessment (brokers and leads only); ETag for If-Match")
    public RestResponse<IntakeView> get(@PathParam("id") String id) {
        return Responses.versioned(service.get(Params.pathId(id, "Student")));
    }

    @PUT
    @Operation(operationId = "saveIntake", summary = "Save the intake; If-Match with the ETag read (\"-1\" before the first save)")
    public RestResponse<IntakeView> save(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid IntakeInput body) {
        return Responses.versioned(service.save(Params.pathId(id, "Student"), ifMatch, body));
    }
}
