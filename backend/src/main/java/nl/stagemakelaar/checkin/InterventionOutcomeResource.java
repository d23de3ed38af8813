package nl.stagemakelaar.checkin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1/interventions/{id}/outcome")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Placements")
public class InterventionOutcomeResource {

    @Inject CheckInService service;

    @PUT
    @Operation(operationId = "evaluateIntervention", summary = "Say whether an agreement helped; requires If-Match")
    public RestResponse<InterventionView> evaluate(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid InterventionView.OutcomeInput body) {
        return Responses.versioned(service.evaluate(Params.pathId(id, "Intervention"), ifMatch, body));
    }
}
