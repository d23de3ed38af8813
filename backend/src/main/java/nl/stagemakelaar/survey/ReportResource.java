package nl.stagemakelaar.survey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.organisation.GuidanceIntensity;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reports/development")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Reports")
public class ReportResource {

    @Inject DevelopmentReport report;

    @GET
    @Operation(operationId = "getDevelopmentReport",
            summary = "Development before → after per theme and statement for a cohort (leads: the organisation; brokers: their own students)")
    public DevelopmentReport.View development(
            @Parameter(description = "The \"after\" answered on or after this date", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "… and on or before this date", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(schema = @Schema(implementation = GuidanceIntensity.class)) @QueryParam("guidanceIntensity") String intensity,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("programmeId") String programmeId,
            @Parameter(description = "mbo level 1–4", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "4"))
            @QueryParam("level") String level) {
        return report.report(new DevelopmentReport.Filter(Params.date("from", from), Params.date("to", to),
                Params.enumValue("guidanceIntensity", intensity, GuidanceIntensity.class), Params.uuid("programmeId", programmeId),
                Params.intInRange("level", level, 1, 4)));
    }
}
