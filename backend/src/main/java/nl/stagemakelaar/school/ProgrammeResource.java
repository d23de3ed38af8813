package nl.stagemakelaar.school;

import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.common.Text;
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

    @GET
    @RolesAllowed({Roles.BROKER, Roles.LEAD, Roles.MENTOR, Roles.EMPLOYER, Roles.INTEGRATION})
    @Operation(summary = "Programmes, optionally filtered by name or crebo code and level")
    public PageResult<ProgrammeView> list(@QueryParam("q") String q, @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "4")) @QueryParam("level") String level,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page") String page, @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @QueryParam("size") String size) {
        PageRequest request = Params.page(page, size);
        String folded = Params.search(q);
        Integer lvl = Params.intInRange("level", level, 1, 4);
        var where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (folded != null) {
            where.append(" and (lower(name) like :q or creboCode like :q)");
            params.and("q", Text.likeContains(folded));
        }
        if (lvl != null) {
            where.append(" and level = :level");
            params.and("level", lvl);
        }
        var query = Programme.find(where + " order by name, level", params);
        return PageResult.of(query.page(request.page(), request.size()).<Programme>list(), request,
                Programme.count(where.toString(), params), ProgrammeView::of);
    }
}
