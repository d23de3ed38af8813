package nl.stagemakelaar.settings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import nl.stagemakelaar.common.PageParams;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.common.Responses;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The caller's organisation's settings: brokers read them, leads change them, every change has a history. */
@Path("/api/v1/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class SettingsResource {

    @Inject SettingsService service;

    @GET
    @RolesAllowed({Roles.BROKER, Roles.LEAD})
    @Operation(operationId = "getSettings",
            summary = "The organisation's settings: kind, defaults, thresholds, schools served, capacity, checklist")
    public RestResponse<SettingsView> get() {
        return Responses.versioned(service.get());
    }

    @PUT
    @RolesAllowed(Roles.LEAD)
    @Operation(operationId = "updateSettings",
            summary = "Change kind, default guidance intensity, the no-contact threshold and the follow-up default (If-Match required)")
    public RestResponse<SettingsView> update(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid SettingsInputs.Organisation body) {
        return Responses.versioned(service.update(ifMatch, body));
    }

    @PUT
    @Path("/sign-up")
    @RolesAllowed(Roles.LEAD)
    @Operation(operationId = "setSelfSignUp",
            summary = "Open or close the public page where students sign up themselves, and the text for those who do not qualify (If-Match required)")
    public RestResponse<SettingsView> signUp(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid SettingsInputs.SignUp body) {
        return Responses.versioned(service.signUp(ifMatch, body));
    }

    @PUT
    @Path("/schools")
    @RolesAllowed(Roles.LEAD)
    @Operation(operationId = "setServedSchools", summary = "The schools the organisation serves (at least one)")
    public RestResponse<SettingsView> schools(@NotNull @Valid SettingsInputs.Schools body) {
        return Responses.versioned(service.serve(body));
    }

    @PUT
    @Path("/staff/{username}")
    @RolesAllowed(Roles.LEAD)
    @Operation(operationId = "setStaffCapacity", summary = "A broker's capacity: hours a week and/or a maximum of active cases")
    public RestResponse<SettingsView> capacity(@PathParam("username") String username,
            @NotNull @Valid SettingsInputs.Capacity body) {
        return Responses.versioned(service.capacity(Params.text("username", username, 100), body));
    }

    @GET
    @Path("/history")
    @RolesAllowed(Roles.LEAD)
    @Operation(operationId = "listSettingChanges", summary = "Every change to the settings, newest first")
    public PageResult<SettingsView.Change> history(@BeanParam PageParams paging) {
        return service.history(paging.request());
    }
}
