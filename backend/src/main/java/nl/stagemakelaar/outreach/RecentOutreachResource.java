package nl.stagemakelaar.outreach;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/employers/{id}/recent-outreach")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Network")
public class RecentOutreachResource {

    @Inject OutreachService service;

    @GET
    @Operation(operationId = "listRecentEmployerOutreach",
            summary = "Other brokers' approaches of this employer in the last 14 days: check before approaching")
    public List<RecentOutreach> recent(@PathParam("id") String id) {
        return service.recentByOthers(Params.pathId(id, "Employer"));
    }
}
