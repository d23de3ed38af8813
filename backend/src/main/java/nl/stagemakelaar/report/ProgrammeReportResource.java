package nl.stagemakelaar.report;

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

@Path("/api/v1/reports/programme")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Reports")
public class ProgrammeReportResource {

    @Inject ProgrammeReport report;

    @GET
    @Operation(operationId = "getProgrammeReport",
            summary = "The programme report for a period (default the last twelve months): participants, outcomes, the"
            + " students' own answers, contacts, satisfaction, the funnel, time and cost, the network (leads: the organisation;"
            + " brokers: their own students). The organisation's report is kept for some minutes after it was computed"
            + " (ten by default; computedAt says when); a broker's is computed on every request")
    public ProgrammeReportView programme(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "The organisation's figures of now, not as kept from some minutes ago",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("refresh") String refresh) {
        return report.report(Params.date("from", from), Params.date("to", to), Params.bool("refresh", refresh));
    }
}
