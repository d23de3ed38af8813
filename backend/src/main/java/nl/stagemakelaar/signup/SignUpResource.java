package nl.stagemakelaar.signup;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.stagemakelaar.common.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The student's own door: no account, rate-limited per address, a proof of work per sign-up, a confirmation link. */
@Path("/api/v1/sign-up")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirementsSet
@Tag(name = "Referrals")
public class SignUpResource {

    @Inject SignUpService service;

    @GET
    @Path("/{organisationId}")
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(schema = @Schema(implementation = SignUpInputs.Form.class)))
    @APIResponse(responseCode = "404", description = "No such organisation, or its page is closed")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    @Operation(operationId = "getSignUpForm",
            summary = "The public sign-up page of an organisation that opened it: its questions, its schools and a challenge")
    public SignUpInputs.Form form(@PathParam("organisationId") String organisationId) {
        return service.form(Params.pathId(organisationId, "Sign-up page"));
    }

    @POST
    @Path("/{organisationId}")
    @Operation(operationId = "signUp",
            summary = "A student signs up: when eligible, a confirmation link goes to their e-mail; nothing is stored until it is used")
    public SignUpInputs.Result signUp(@PathParam("organisationId") String organisationId,
            @NotNull @Valid SignUpInputs.SignUp body) {
        return service.submit(Params.pathId(organisationId, "Sign-up page"), body);
    }

    @POST
    @Path("/confirm")
    @Operation(operationId = "confirmSignUp", summary = "The confirmation link: the sign-up lands in the inbox as a referral (once)")
    public SignUpInputs.Confirmed confirm(@NotNull @Valid SignUpInputs.Confirm body) {
        return service.confirm(body.token());
    }
}
