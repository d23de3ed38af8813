package nl.stagemakelaar.caseload;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/caseload")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case work")
public class CaseloadResource {

    @Inject CaseloadService service;

    @GET
    @RolesAllowed({Roles.BROKER, Roles.LEAD})
    @Operation(operationId = "getCaseload", summary = "The dashboard: a broker's own caseload, or the organisation's for a lead")
    public CaseloadView caseload(
            @Parameter(description = "No contact for this many days counts as quiet (default: the organisation's setting)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "365")) @QueryParam("quietDays") String quietDays,
            @Parameter(description = "Internships starting within this many days (default 14)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "365")) @QueryParam("startingWithinDays") String within) {
        Integer quiet = Params.intInRange("quietDays", quietDays, 1, 365);
        Integer soon = Params.intInRange("startingWithinDays", within, 1, 365);
        return service.caseload(quiet, soon == null ? 14 : soon);
    }
}
