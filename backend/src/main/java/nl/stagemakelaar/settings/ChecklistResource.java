package nl.stagemakelaar.settings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.common.Responses;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The eligibility checklist a lead keeps: questions are added, edited, reordered and deactivated, never deleted. */
@Path("/api/v1/settings/checklist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.LEAD)
@Tag(name = "Settings")
public class ChecklistResource {

    @Inject SettingsService service;

    @POST
    @Operation(operationId = "addChecklistItem", summary = "Add a question with the answer that qualifies; it goes last")
    public RestResponse<SettingsView> add(@NotNull @Valid SettingsInputs.Question body) {
        return Responses.versioned(service.addQuestion(body));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateChecklistItem",
            summary = "Edit or (de)activate a question (If-Match: the question's version); referrals keep the wording they answered")
    public RestResponse<SettingsView> edit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid SettingsInputs.Question body) {
        return Responses.versioned(service.editQuestion(Params.pathId(id, "Question"), ifMatch, body));
    }

    @PUT
    @Path("/order")
    @Operation(operationId = "reorderChecklist", summary = "Put the active questions in this order")
    public RestResponse<SettingsView> reorder(@NotNull @Valid SettingsInputs.Order body) {
        return Responses.versioned(service.reorder(body));
    }
}
