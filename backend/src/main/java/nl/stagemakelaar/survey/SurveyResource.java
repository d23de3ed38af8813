package nl.stagemakelaar.survey;

import jakarta.annotation.security.RolesAllowed;
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
import java.util.List;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The student's self-assessments, as the broker sends and follows them. */
@Path("/api/v1/students/{studentId}/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BROKER, Roles.LEAD})
@Tag(name = "Self-assessments")
public class SurveyResource {

    @Inject SurveyService service;

    @GET
    @Operation(operationId = "getSurveyStatus", summary = "Per moment (before, after): sent, expired or answered")
    public List<SurveyViews.StatusView> status(@PathParam("studentId") String studentId) {
        return service.status(Params.pathId(studentId, "Student"));
    }

    @POST
    @APIResponse(responseCode = "201", description = "The personal link, shown only now",
            content = @Content(schema = @Schema(implementation = SurveyViews.Link.class)))
    @Operation(operationId = "sendSurveyLink",
            summary = "Make a personal link for a moment (valid 14 days, once), optionally e-mailed to the student; an earlier link of that moment stops working")
    public RestResponse<SurveyViews.Link> send(@PathParam("studentId") String studentId, @NotNull @Valid SurveyViews.Send body) {
        return RestResponse.status(RestResponse.Status.CREATED, service.send(Params.pathId(studentId, "Student"), body.moment(),
                Boolean.TRUE.equals(body.sendEmail())));
    }
}
