package nl.stagemakelaar.school;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.stagemakelaar.common.PageParams;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The schools a caller works with: those their organisation serves, or a mentor's own school. */
@Path("/api/v1/schools")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class SchoolResource {

    @Inject SchoolRepository schools;
    @Inject Caller caller;

    @GET
    @RolesAllowed({Roles.BROKER, Roles.LEAD, Roles.MENTOR, Roles.INTEGRATION})
    @Operation(operationId = "listSchools", summary = "Schools in the caller's scope")
    public PageResult<SchoolView> list(@BeanParam PageParams paging) {
        PageRequest request = paging.request();
        if (caller.hasRole(Roles.MENTOR) && caller.organisationIdIfAny().isEmpty()) {
            List<School> own = caller.schoolIdIfAny().flatMap(schools::findByIdOptional)
                    .map(List::of).orElse(List.of());
            return PageResult.of(request.page() == 0 ? own : List.of(), request, own.size(), SchoolView::of);
        }
        var org = caller.organisationId();
        return PageResult.of(schools.servedBy(org, request), request, schools.countServedBy(org), SchoolView::of);
    }
}
