package nl.stagemakelaar.employer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import nl.stagemakelaar.common.PageParams;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.common.Responses;
import nl.stagemakelaar.common.Text;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/employers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD, Roles.INTEGRATION})
@Tag(name = "Employers")
public class EmployerResource {

    @Inject EmployerService service;

    @GET
    @Operation(operationId = "listEmployers", summary = "Employers in the caller's organisation's network, searched by name or KvK number")
    public PageResult<EmployerSummary> list(
            @Parameter(description = "Name or KvK number; accents and case are ignored") @QueryParam("q") String q,
            @QueryParam("city") String city,
            @Parameter(description = "name (default) or health: overdue visits first, then longest without contact",
                    schema = @Schema(enumeration = {"name", "health"})) @QueryParam("sort") String sort,
            @BeanParam PageParams paging) {
        String c = Text.blankToNull(city);
        if (c != null && c.length() > 100) {
            throw nl.stagemakelaar.common.ApiException.invalidField("city", "Size", "city must be at most 100 characters");
        }
        if (sort != null && !sort.equals("name") && !sort.equals("health")) {
            throw nl.stagemakelaar.common.ApiException.invalidField("sort", "Enum", "sort must be name or health");
        }
        return service.list(Params.search(q), c == null ? null : c.toLowerCase(Locale.ROOT), "health".equals(sort),
                paging.request());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEmployer", summary = "One employer with its contact persons; the ETag header carries the version")
    public RestResponse<EmployerView> get(@PathParam("id") String id) {
        return Responses.versioned(service.get(Params.pathId(id, "Employer")));
    }

    @POST
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers are set",
            content = @Content(schema = @Schema(implementation = EmployerView.class)))
    @Operation(operationId = "createEmployer", summary = "Add an employer to the caller's organisation's network")
    public RestResponse<EmployerView> create(@NotNull @Valid EmployerInput body) {
        return Responses.created("/api/v1/employers", service.create(body));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateEmployer", summary = "Update an employer; requires If-Match with the ETag from the last read")
    public RestResponse<EmployerView> update(@PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid EmployerInput body) {
        return Responses.versioned(service.update(Params.pathId(id, "Employer"), ifMatch, body));
    }
}
