package nl.stagemakelaar.schoolrelation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.common.Responses;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/school-relations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class SchoolRelationResource {

    @Inject SchoolRelationService service;

    @GET
    @RolesAllowed({Roles.LEAD, Roles.BROKER})
    @Operation(operationId = "listSchoolRelations",
            summary = "Each served school: its placement coordinators, the agreements, students by phase and the last year's outcomes")
    public List<SchoolRelationViews.Relation> list() {
        return service.list();
    }

    @PUT
    @Path("/{schoolId}")
    @RolesAllowed(Roles.LEAD)
    @Operation(operationId = "updateSchoolRelation",
            summary = "The agreements with a served school and its coordinators (replaced as a whole); If-Match, \"-1\" the first time")
    public RestResponse<SchoolRelationViews.Relation> update(@PathParam("schoolId") String schoolId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid SchoolRelationViews.Input body) {
        return Responses.versioned(service.update(Params.pathId(schoolId, "School"), ifMatch, body));
    }
}
