package nl.stagemakelaar.student;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.stagemakelaar.common.PageParams;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.consent.ConsentView;
import nl.stagemakelaar.security.Roles;
import nl.stagemakelaar.timeline.TimelineEntryView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Case-file actions. They are state changes with their own rules, so they take no If-Match. On StudentResource's
 * path, not on /students/{id}: a class at /students/{id} is the first match for GET /students/{id}, which then
 * restarts routing with a request mapper built anew on every request (3 % of the CPU of a student read, JFR).
 */
@Path("/api/v1/students")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Case work")
public class CaseResource {

    @Inject CaseService service;

    @POST
    @Path("/{id}/phase")
    @RolesAllowed({Roles.BROKER, Roles.LEAD})
    @Operation(operationId = "changePhase", summary = "Move the student to another phase (placed and in internship come from placements)")
    public StudentView phase(@PathParam("id") String id, @NotNull @Valid CaseInputs.PhaseChange body) {
        return service.changePhase(Params.pathId(id, "Student"), body);
    }

    @POST
    @Path("/{id}/guidance-intensity")
    @RolesAllowed({Roles.BROKER, Roles.LEAD})
    @Operation(operationId = "changeGuidanceIntensity", summary = "Change the guidance intensity, with a reason")
    public StudentView intensity(@PathParam("id") String id, @NotNull @Valid CaseInputs.IntensityChange body) {
        return service.changeIntensity(Params.pathId(id, "Student"), body);
    }

    @POST
    @Path("/{id}/assignment")
    @RolesAllowed(Roles.LEAD)
    @Operation(operationId = "assignBroker", summary = "Assign or reassign the case to a broker of the organisation (leads)")
    public StudentView assign(@PathParam("id") String id, @NotNull @Valid CaseInputs.Assignment body) {
        return service.assign(Params.pathId(id, "Student"), body);
    }

    @GET
    @Path("/{id}/consents")
    @RolesAllowed({Roles.BROKER, Roles.LEAD})
    @Operation(operationId = "listConsents",
            summary = "The consents the student gave (case, and sharing per proposal), with their withdrawal")
    public List<ConsentView> consents(@PathParam("id") String id) {
        return service.consents(Params.pathId(id, "Student"));
    }

    @POST
    @Path("/{id}/consents/withdrawal")
    @RolesAllowed({Roles.BROKER, Roles.LEAD})
    @Operation(operationId = "withdrawConsent",
            summary = "Record that the student withdrew consent to share with employers: live proposals end")
    public List<ConsentView> withdrawConsent(@PathParam("id") String id,
            @NotNull @Valid CaseInputs.ConsentWithdrawal body) {
        return service.withdrawSharingConsent(Params.pathId(id, "Student"), body);
    }

    @GET
    @Path("/{id}/timeline")
    @RolesAllowed({Roles.BROKER, Roles.LEAD})
    @Operation(operationId = "getTimeline", summary = "Everything that happened in the student's file, newest first")
    public PageResult<TimelineEntryView> timeline(@PathParam("id") String id,
            @BeanParam PageParams paging) {
        return service.timeline(Params.pathId(id, "Student"), paging.request());
    }
}
