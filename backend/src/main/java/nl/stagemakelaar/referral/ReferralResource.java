package nl.stagemakelaar.referral;

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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.stagemakelaar.common.PageParams;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.common.Responses;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Referrals. Mentors work within their school, brokers, leads and integrations within their
 * organisation; a referral outside the caller's scope is 404. Decisions that make no sense in the
 * referral's status are 409.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
public class ReferralResource {

    @Inject ReferralService service;

    @GET
    @Path("/referral-targets")
    @RolesAllowed({Roles.MENTOR, Roles.BROKER, Roles.LEAD, Roles.INTEGRATION})
    @Operation(operationId = "listReferralTargets",
            summary = "Broker organisations the caller can refer to, each with its eligibility questions")
    public List<ReferralTarget> targets() {
        return service.targets();
    }

    @GET
    @Path("/referrals")
    @RolesAllowed({Roles.MENTOR, Roles.BROKER, Roles.LEAD, Roles.INTEGRATION})
    @Operation(operationId = "listReferrals", summary = "Referrals in the caller's scope, newest first")
    public PageResult<ReferralSummary> list(
            @Parameter(schema = @Schema(implementation = ReferralStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Student name; accents and case are ignored") @QueryParam("q") String q,
            @BeanParam PageParams paging) {
        var filter = new ReferralRepository.Filter(Params.enumValue("status", status, ReferralStatus.class),
                Params.search(q));
        return service.list(filter, paging.request());
    }

    @GET
    @Path("/referrals/counts")
    @RolesAllowed({Roles.MENTOR, Roles.BROKER, Roles.LEAD, Roles.INTEGRATION})
    @Operation(operationId = "countReferrals", summary = "Open referrals: new, waitlisted, waitlisted and due for review")
    public ReferralCounts counts() {
        return service.counts();
    }

    @GET
    @Path("/referrals/{id}")
    @RolesAllowed({Roles.MENTOR, Roles.BROKER, Roles.LEAD, Roles.INTEGRATION})
    @Operation(operationId = "getReferral", summary = "One referral with its checklist answers, decision and the student's phase")
    public ReferralView get(@PathParam("id") String id) {
        return service.get(Params.pathId(id, "Referral"));
    }

    @POST
    @Path("/referrals")
    @RolesAllowed({Roles.MENTOR, Roles.BROKER, Roles.LEAD, Roles.INTEGRATION})
    @APIResponse(responseCode = "201", description = "Submitted",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @Operation(operationId = "submitReferral",
            summary = "Refer a student (mentor), register one (broker, with the channel) or push one (integration)")
    public RestResponse<ReferralView> submit(@NotNull @Valid ReferralInput body) {
        return Responses.created("/api/v1/referrals", service.submit(body));
    }

    @POST
    @Path("/referrals/{id}/accept")
    @RolesAllowed({Roles.BROKER, Roles.LEAD})
    @Operation(operationId = "acceptReferral",
            summary = "Accept (If-Match required): creates the student in phase intake, or links the same person already in care")
    public ReferralView accept(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TriageInputs.Accept body) {
        return service.accept(Params.pathId(id, "Referral"), ifMatch, body);
    }

    @POST
    @Path("/referrals/{id}/waitlist")
    @RolesAllowed({Roles.BROKER, Roles.LEAD})
    @Operation(operationId = "waitlistReferral",
            summary = "Put on the waiting list (If-Match required) with a reason and a date to look again")
    public ReferralView waitlist(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TriageInputs.Waitlist body) {
        return service.waitlist(Params.pathId(id, "Referral"), ifMatch, body);
    }

    @POST
    @Path("/referrals/{id}/decline")
    @RolesAllowed({Roles.BROKER, Roles.LEAD})
    @Operation(operationId = "declineReferral", summary = "Decline (If-Match required) with a reason the referrer sees")
    public ReferralView decline(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TriageInputs.Decline body) {
        return service.decline(Params.pathId(id, "Referral"), ifMatch, body);
    }

    @PUT
    @Path("/referrals/{id}/school-answer")
    @RolesAllowed({Roles.BROKER, Roles.LEAD})
    @Operation(operationId = "recordSchoolAnswer",
            summary = "Record what the school's placement coordinator answered about what the student already tried (If-Match required)")
    public ReferralView schoolAnswer(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TriageInputs.SchoolAnswer body) {
        return service.schoolAnswer(Params.pathId(id, "Referral"), ifMatch, body);
    }

    @POST
    @Path("/referrals/{id}/withdraw")
    @RolesAllowed({Roles.MENTOR, Roles.INTEGRATION})
    @Operation(operationId = "withdrawReferral", summary = "Withdraw a referral the broker has not decided on yet")
    public ReferralView withdraw(@PathParam("id") String id) {
        return service.withdraw(Params.pathId(id, "Referral"));
    }
}
