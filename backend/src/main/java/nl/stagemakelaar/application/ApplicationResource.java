package nl.stagemakelaar.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

@Path("/api/v1/applications/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Case work")
public class ApplicationResource {

    @Inject ApplicationService service;

    @PUT
    @Operation(operationId = "updateApplication", summary = "Record the result of an application; requires If-Match")
    public RestResponse<ApplicationView> update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ApplicationInputs.Update body) {
        return Responses.versioned(service.update(Params.pathId(id, "Application"), ifMatch, body));
    }

    @POST
    @Path("/hired")
    @Operation(operationId = "recordApplicationHired",
            summary = "It led to an internship: recorded as found by the student themselves; requires If-Match")
    public RestResponse<ApplicationView> hired(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ApplicationInputs.Hired body) {
        return Responses.versioned(service.hired(Params.pathId(id, "Application"), ifMatch, body));
    }
}
