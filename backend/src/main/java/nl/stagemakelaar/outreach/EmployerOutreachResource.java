package nl.stagemakelaar.outreach;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.stagemakelaar.common.PageParams;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/employers/{id}/outreach")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Network")
public class EmployerOutreachResource {

    @Inject OutreachService service;

    @GET
    @Operation(operationId = "listEmployerOutreach",
            summary = "Every approach of this employer for a student, newest first: the employer's history")
    public PageResult<RecentOutreach> list(@PathParam("id") String id, @BeanParam PageParams paging) {
        return service.ofEmployer(Params.pathId(id, "Employer"), paging.request());
    }
}
