package nl.stagemakelaar.common;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import static nl.stagemakelaar.support.Api.*;

/**
 * A valid body for each request schema of the contract, so access and input tests reach the rule they test
 * instead of stopping at validation. Ids in them are Rivier College's (mentor.rivier can submit the referral).
 */
public final class ValidBodies {

    private ValidBodies() {
    }

    static final String Q_RIVIER_PROGRAMME = "00000000-0000-4000-f000-000000000011";
    static final String Q_RIVIER_EFFORT = "00000000-0000-4000-f000-000000000012";

    public static Map<String, Object> of(String schema) {
        String today = LocalDate.now().toString();
        Map<String, Object> body = switch (schema) {
            case "EmployerInput" -> Map.of("name", unique("Werkgever "), "city", "Amsterdam");
            case "InvitationInput" -> Map.of("email", unique("scope") + "@example.nl", "firstName", "Ilse", "lastName", "Test");
            case "InvitationAccept" -> Map.of("token", "x".repeat(43), "password", "Een-lang-wachtwoord-1");
            case "LinkTokenInput" -> Map.of("token", "x".repeat(43));
            case "PlacementPropose" -> Map.of("studentId", java.util.UUID.randomUUID().toString(), "employerId",
                    EMPLOYER_DEMO_ID, "profile", "Gemotiveerd", "consentToShare", true, "consentDate", today);
            case "PlacementAccept", "PlacementComplete", "PlacementWithdraw", "IntakeInput", "ReferralAccept" -> Map.of();
            case "PlacementDecline", "ReferralDecline" -> Map.of("reason", "Past niet");
            case "PlacementEndEarly" -> Map.of("reason", "OTHER", "endedBy", "BROKER");
            case "GuardianInput" -> Map.of("name", "Ouder", "relation", "PARENT", "mayContact", true);
            case "HandOffInput" -> Map.of("toKind", "DISTRICT_TEAM", "toName", "Wijkteam", "reason", "Meer hulp nodig");
            case "InterventionInput" -> Map.of("agreement", "Wekker", "withWhom", "Vader", "dueOn", today);
            case "InterventionOutcomeInput" -> Map.of("outcome", "HELPED");
            case "CaseClosureInput" -> Map.of("placementOutcome", "NOT_PLACED", "reason", "Klaar");
            case "CaseReopeningInput" -> Map.of("reason", "Terug voor een tweede stage");
            case "SurveySendInput" -> Map.of("moment", "BEFORE");
            case "WebhookEndpointInput" -> Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("referral.created"));
            case "SurveyAnswersInput" -> Map.of("token", "x".repeat(43), "answers", List.of(Map.of("itemId", java.util.UUID.randomUUID().toString(), "value", 3)));
            case "PlacementInterview" -> Map.of("at", LocalDate.now().plusDays(3) + "T10:00:00+01:00");
            case "PlacementStart", "PortalAccept" -> Map.of("startDate", today);
            case "PlaceInput" -> Map.of("employerId", EMPLOYER_DEMO_ID, "title", "Stageplek");
            case "CheckInInput" -> Map.of("signal", "OK");
            case "BrokerCheckInInput" -> Map.of("party", "STUDENT", "channel", "PHONE", "signal", "OK");
            case "PortalEvaluation" -> Map.of("rating", 4, "text", "Goed gedaan");
            case "PortalHours" -> Map.of("hoursDone", 10);
            case "PortalPlaceInput" -> Map.of("title", "Stageplek");
            case "PortalProfileInput" -> Map.of("city", "Amsterdam");
            case "ReferralWaitlist" -> Map.of("reason", "Eerst zelf zoeken", "reviewOn", today);
            case "StudentInput" -> Map.of("firstName", "Geldig", "lastName", unique("Test"), "dateOfBirth", "2006-06-06",
                    "schoolId", SCHOOL_RIVIER, "consent", consent());
            case "Assignment" -> Map.of("broker", "broker.west");
            case "ConsentWithdrawal" -> Map.of("withdrawnOn", today);
            case "ContactInput" -> Map.of("channel", "PHONE", "party", "STUDENT", "minutes", 5);
            case "OrganisationSettingsInput" -> Map.of("kind", "MUNICIPAL_DESK", "defaultGuidanceIntensity", "PLACEMENT_ONLY",
                    "noContactDays", 14);
            case "ServedSchoolsInput" -> Map.of("schoolIds", List.of(SCHOOL_DELTA));
            case "CapacityInput" -> Map.of("maxActiveCases", 20);
            case "QuestionInput" -> Map.of("text", "Woont de student in de regio?", "qualifyingAnswer", true);
            case "QuestionOrderInput" -> Map.of("ids", List.of(java.util.UUID.randomUUID().toString()));
            case "EmployerContactInput" -> Map.of("channel", "IN_PERSON", "minutes", 30);
            case "PlacementFound" -> Map.of("studentId", java.util.UUID.randomUUID().toString(), "newEmployerName",
                    "Kapsalon", "startDate", today);
            case "IntensityChange" -> Map.of("guidanceIntensity", "INTENSIVE", "reason", "Meer nodig");
            case "OutreachInput" -> Map.of("employerId", EMPLOYER_DEMO_ID, "channel", "PHONE", "result", "NO_ANSWER");
            case "PhaseChange" -> Map.of("phase", "PREPARATION");
            case "StatusInput" -> Map.of("status", "DONE");
            case "ApplicationInput" -> Map.of("origin", "STUDENT", "employerName", "Kapsalon Noor", "title", "Stage kapper");
            case "ApplicationUpdate" -> Map.of("result", "INTERVIEW");
            case "ApplicationHired" -> Map.of("startDate", today);
            case "SignUpSettingsInput" -> Map.of("open", true);
            case "SchoolUpdateInput" -> Map.of("kind", "JOINED");
            case "SchoolAnswerInput" -> Map.of("answer", "Twee bedrijven gebeld met de mentor");
            case "MessageTemplateInput" -> Map.of("name", "Welkom", "body", "Hoi {voornaam}, kijk hier: {link}");
            case "KitSendInput" -> Map.of("channel", "MESSAGE");
            case "ConsentInput" -> Map.of("student", true, "date", today);
            case "SchoolRelationInput" -> Map.of("agreements", "Wij doen de intake", "coordinators",
                    List.of(Map.of("name", "Fatima Bouzid", "role", "BPV-coördinator", "email", "f.bouzid@delta.example.nl")));
            case "SignUpConfirmInput" -> Map.of("token", "x".repeat(60));
            case "SignUpInput" -> Map.of("answers", List.of(), "firstName", "Noor", "lastName", "Test", "dateOfBirth", "2007-03-03",
                    "email", "noor@example.nl", "schoolId", SCHOOL_DELTA, "searchDuration", "NOT_YET", "consent", true,
                    "challenge", Map.of("salt", "ab", "expiresAt", 1, "difficulty", 16, "signature", "x"), "nonce", "1");
            case "ReferralInput" -> referral();
            default -> throw new IllegalArgumentException("no valid body for " + schema + ": add one here");
        };
        return new HashMap<>(body);
    }

    public static Map<String, Object> referral() {
        var m = new HashMap<String, Object>();
        m.put("organisationId", ORG_RIVIER);
        m.put("programmeId", PROGRAMME_RETAIL_2);
        m.put("student", Map.of("firstName", "Geldig", "lastName", unique("Test"), "dateOfBirth", "2007-04-04"));
        m.put("referrer", Map.of("kind", "MENTOR"));
        m.put("reason", "SCHOOL_COULD_NOT_FIND_PLACE");
        m.put("searchDuration", "MORE_THAN_TWO_MONTHS");
        m.put("eligibilityAnswers", List.of(Map.of("questionId", Q_RIVIER_PROGRAMME, "answer", true),
                Map.of("questionId", Q_RIVIER_EFFORT, "answer", true)));
        m.put("consent", Map.of("student", true, "date", LocalDate.now().toString()));
        return m;
    }
}
