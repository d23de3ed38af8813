package nl.stagemakelaar.school;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.stagemakelaar.common.PageParams;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The national programme catalogue (crebo), shared by every organisation. */
@Path("/api/v1/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class ProgrammeResource {

    @Inject ProgrammeRepository programmes;

    @GET
    @RolesAllowed({Roles.BROKER, Roles.LEAD, Roles.MENTOR, Roles.EMPLOYER, Roles.INTEGRATION})
    @Operation(operationId = "listProgrammes", summary = "Programmes, optionally filtered by name or crebo code and level")
    public PageResult<ProgrammeView> list(@QueryParam("q") String q, @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "4")) @QueryParam("level") String level,
            @BeanParam PageParams paging) {
        PageRequest request = paging.request();
        String folded = Params.search(q);
        Integer lvl = Params.intInRange("level", level, 1, 4);
        return PageResult.of(programmes.list(folded, lvl, request), request, programmes.count(folded, lvl, request),
                ProgrammeView::of);
    }
}
