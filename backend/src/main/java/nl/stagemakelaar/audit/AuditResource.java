package nl.stagemakelaar.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.PageParams;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.LEAD)
@Tag(name = "Audit trail")
public class AuditResource {

    @Inject AuditTrail trail;

    @GET
    @Operation(operationId = "listAuditEvents",
            summary = "The organisation's audit trail: every change and every read of sensitive data, newest first")
    public PageResult<AuditEventView> list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("studentId") String studentId,
            @Parameter(description = "Username of the person or integration client") @QueryParam("actor") String actor,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @BeanParam PageParams paging) {
        var filter = new AuditTrail.Filter(Params.uuid("studentId", studentId), Params.text("actor", actor, 100),
                Params.date("from", from), Params.date("to", to));
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw ApiException.invalidField("to", "Range", "to must not be before from");
        }
        return trail.list(filter, paging.request());
    }
}
