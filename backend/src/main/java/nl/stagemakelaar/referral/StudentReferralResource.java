package nl.stagemakelaar.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Its own class path: a method path under /students in ReferralResource would be shadowed by StudentResource's. */
@Path("/api/v1/students/{id}/referral")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
public class StudentReferralResource {

    @Inject ReferralService service;

    @GET
    @RolesAllowed({Roles.BROKER, Roles.LEAD})
    @Operation(operationId = "getStudentReferral",
            summary = "The referral the student's case started from: reason, what was tried, search duration, urgency")
    public ReferralView origin(@PathParam("id") String id) {
        return service.originOf(Params.pathId(id, "Student"));
    }
}
