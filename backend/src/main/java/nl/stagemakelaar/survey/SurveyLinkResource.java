package nl.stagemakelaar.survey;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import nl.stagemakelaar.security.LinkTokenInput;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The student's personal link, without an account: the 256-bit token is the credential. An unknown link is 404,
 * an expired one 410, an answered one 409; a refused answer stores nothing.
 */
@Path("/api/v1/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirementsSet
@Tag(name = "Self-assessments")
public class SurveyLinkResource {

    @Inject SurveyService service;

    @POST
    @Path("/open")
    @Operation(operationId = "openSurvey",
            summary = "The questionnaire behind a personal link: the student's first name and the statements per theme")
    public SurveyViews.Form form(@NotNull @Valid LinkTokenInput body) {
        return service.form(body.token());
    }

    @POST
    @Path("/answers")
    @APIResponse(responseCode = "204", description = "Answered; the link no longer works")
    @Operation(operationId = "answerSurvey", summary = "Send the answers: every statement once, a rating 1–5 or one of the options")
    public void answer(@NotNull @Valid SurveyViews.Answers body) {
        service.answer(body.token(), body);
    }
}
