package nl.stagemakelaar.referral;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.stagemakelaar.support.QueryCounter;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
public class ReferralResourceTest {

    static final String Q_RIVIER_PROGRAMME = "00000000-0000-4000-f000-000000000011";
    static final String Q_RIVIER_EFFORT = "00000000-0000-4000-f000-000000000012";
    static final String Q_WEST_AREA = "00000000-0000-4000-f000-000000000001";
    static final String Q_WEST_HAS_PLACE = "00000000-0000-4000-f000-000000000002";
    static final String Q_WEST_SOON = "00000000-0000-4000-f000-000000000003";

    @Inject
    QueryCounter queries;

    /** A complete referral from mentor.rivier to the school-based broker at Rivier College. */
    static Map<String, Object> rivierReferral(String firstName, String lastName) {
        var m = new HashMap<String, Object>();
        m.put("organisationId", ORG_RIVIER);
        m.put("programmeId", PROGRAMME_RETAIL_2);
        m.put("student", Map.of("firstName", firstName, "lastName", lastName, "dateOfBirth", "2007-04-04",
                "phone", "0612345678"));
        m.put("referrer", Map.of("kind", "MENTOR"));
        m.put("reason", "SCHOOL_COULD_NOT_FIND_PLACE");
        m.put("searchDuration", "MORE_THAN_TWO_MONTHS");
        m.put("applicationsSent", 5);
        m.put("companiesContacted", 7);
        m.put("schoolActions", "Cv nagekeken, twee bedrijven gebeld");
        m.put("internshipMustStartBy", LocalDate.now().plusWeeks(4).toString());
        m.put("hoursBehind", 40);
        m.put("eligibilityAnswers", List.of(Map.of("questionId", Q_RIVIER_PROGRAMME, "answer", true),
                Map.of("questionId", Q_RIVIER_EFFORT, "answer", false)));
        m.put("consent", Map.of("student", true, "date", LocalDate.now().toString()));
        return m;
    }

    public static Map<String, Object> westRegistration(String firstName, String lastName, String schoolId) {
        var m = new HashMap<String, Object>();
        m.put("schoolId", schoolId);
        m.put("student", Map.of("firstName", firstName, "lastName", lastName, "dateOfBirth", "2006-01-01"));
        m.put("referrer", Map.of("kind", "STUDENT", "name", firstName + " zelf"));
        m.put("channel", "WALK_IN");
        m.put("reason", "WANTS_TO_LEARN");
        m.put("searchDuration", "NOT_YET");
        m.put("eligibilityAnswers", List.of(Map.of("questionId", Q_WEST_AREA, "answer", true),
                Map.of("questionId", Q_WEST_HAS_PLACE, "answer", false), Map.of("questionId", Q_WEST_SOON, "answer", true)));
        m.put("consent", Map.of("student", true, "date", LocalDate.now().toString()));
        return m;
    }

    static String submit(String user, Map<String, Object> body) {
        return as(user).body(body).post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    }

    @Test
    void mentorRefersBrokerAcceptsAndMentorFollowsThePhase() {
        String last = unique("Pinas");
        String id = submit(MENTOR_RIVIER, rivierReferral("Noa", last));
        as(MENTOR_RIVIER).get("/api/v1/referrals/" + id).then().statusCode(200)
                .body("status", is("SUBMITTED")).body("channel", is("REFERRAL_FORM"))
                .body("school.name", is("Rivier College")).body("organisation.name", is("Stagemakelaar Rivier College"))
                .body("referrer.name", is("Mila Jansen")).body("submittedBy", is("mentor.rivier"))
                .body("eligibilityFailures", is(1))
                .body("eligibility.find { it.questionId == '" + Q_RIVIER_EFFORT + "' }.qualifies", is(false))
                .body("studentPhase", nullValue());

        as(BROKER_RIVIER).queryParam("status", "SUBMITTED").queryParam("q", last).get("/api/v1/referrals")
                .then().statusCode(200).body("total", is(1)).body("items[0].eligibilityFailures", is(1));

        String studentId = as(BROKER_RIVIER).body(Map.of()).post("/api/v1/referrals/" + id + "/accept")
                .then().statusCode(200).body("status", is("ACCEPTED")).body("decidedBy", is("broker.rivier"))
                .body("studentPhase", is("INTAKE")).extract().path("studentId");
        as(BROKER_RIVIER).get("/api/v1/students/" + studentId).then().statusCode(200)
                .body("lastName", is(last)).body("phase", is("INTAKE")).body("assignedBroker", is("broker.rivier"))
                .body("guidanceIntensity", is("INTENSIVE")).body("programme.id", is(PROGRAMME_RETAIL_2));

        as(MENTOR_RIVIER).queryParam("q", last).get("/api/v1/referrals").then().statusCode(200)
                .body("items[0].status", is("ACCEPTED")).body("items[0].studentPhase", is("INTAKE"));
        // The mentor follows the referral, not the case file.
        as(MENTOR_RIVIER).get("/api/v1/students/" + studentId).then().statusCode(403);
        as(MENTOR_RIVIER).get("/api/v1/students").then().statusCode(403);
    }

    @Test
    void withoutConsentThereIsNoReferral() {
        var noConsent = rivierReferral("Zoë", unique("Test"));
        noConsent.put("consent", Map.of("student", false, "date", LocalDate.now().toString()));
        as(MENTOR_RIVIER).body(noConsent).post("/api/v1/referrals").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("consent.student")).body("errors[0].code", is("AssertTrue"));
        noConsent.remove("consent");
        as(MENTOR_RIVIER).body(noConsent).post("/api/v1/referrals").then().statusCode(400)
                .body("errors[0].field", is("consent"));

        var young = rivierReferral("Sem", unique("Test"));
        young.put("student", Map.of("firstName", "Sem", "lastName", "Jong", "dateOfBirth",
                LocalDate.now().minusYears(15).toString()));
        as(MENTOR_RIVIER).body(young).post("/api/v1/referrals").then().statusCode(400)
                .body("errors[0].field", is("consent.guardian"));
        young.put("consent", Map.of("student", true, "guardian", true, "date", LocalDate.now().toString()));
        as(MENTOR_RIVIER).body(young).post("/api/v1/referrals").then().statusCode(201)
                .body("consent.guardian", is(true));
    }

    @Test
    void checklistMustBeAnsweredWithTheOrganisationsOwnQuestions() {
        var partial = rivierReferral("A", unique("Test"));
        partial.put("eligibilityAnswers", List.of(Map.of("questionId", Q_RIVIER_PROGRAMME, "answer", true)));
        as(MENTOR_RIVIER).body(partial).post("/api/v1/referrals").then().statusCode(400)
                .body("errors[0].field", is("eligibilityAnswers"));
        var foreign = rivierReferral("A", unique("Test"));
        foreign.put("eligibilityAnswers", List.of(Map.of("questionId", Q_WEST_AREA, "answer", true)));
        as(MENTOR_RIVIER).body(foreign).post("/api/v1/referrals").then().statusCode(400)
                .body("errors[0].field", is("eligibilityAnswers[0].questionId"));
    }

    @Test
    void mentorsStayWithinTheirSchool() {
        String rivierId = submit(MENTOR_RIVIER, rivierReferral("Bram", unique("Test")));
        as(MENTOR_DELTA).get("/api/v1/referrals/" + rivierId).then().statusCode(404);
        as(MENTOR_DELTA).post("/api/v1/referrals/" + rivierId + "/withdraw").then().statusCode(404);
        as(MENTOR_DELTA).get("/api/v1/referrals").then().statusCode(200).body("items.id", not(hasItem(rivierId)));
        // Delta College is served by Stagepunt West only: referring it to Rivier's broker is refused.
        var wrongTarget = rivierReferral("Bram", unique("Test"));
        wrongTarget.put("eligibilityAnswers", List.of());
        as(MENTOR_DELTA).body(wrongTarget).post("/api/v1/referrals").then().statusCode(400)
                .body("errors[0].field", is("organisationId"));
        var otherSchool = rivierReferral("Bram", unique("Test"));
        otherSchool.put("schoolId", SCHOOL_DELTA);
        as(MENTOR_RIVIER).body(otherSchool).post("/api/v1/referrals").then().statusCode(400)
                .body("errors[0].field", is("schoolId"));
        as(MENTOR_DELTA).get("/api/v1/referral-targets").then().statusCode(200)
                .body("name", contains("Stagepunt West")).body("[0].questions", hasSize(3));
        as(BROKER_WEST).get("/api/v1/referrals/" + rivierId).then().statusCode(404);
        as(BROKER_WEST).body(Map.of()).post("/api/v1/referrals/" + rivierId + "/accept").then().statusCode(404);
    }

    @Test
    void aSecondReferralOfTheSameStudentLinksInsteadOfDuplicating() {
        String last = unique("Özkan");
        String first = submit(MENTOR_RIVIER, rivierReferral("Elif", last));
        String studentId = as(BROKER_RIVIER).body(Map.of()).post("/api/v1/referrals/" + first + "/accept")
                .then().statusCode(200).extract().path("studentId");
        String again = submit(MENTOR_RIVIER, rivierReferral("ELIF", last.replace("Ö", "o")));
        as(BROKER_RIVIER).body(Map.of("guidanceIntensity", "PLACEMENT_ONLY")).post("/api/v1/referrals/" + again + "/accept")
                .then().statusCode(200).body("studentId", is(studentId));
        as(BROKER_RIVIER).queryParam("q", last.replace("Ö", "o")).get("/api/v1/students").then()
                .body("total", is(1)).body("items[0].guidanceIntensity", is("PLACEMENT_ONLY"));
    }

    @Test
    void decisionsThatMakeNoSenseAreConflicts() {
        String accepted = submit(MENTOR_RIVIER, rivierReferral("Tess", unique("Test")));
        as(BROKER_RIVIER).body(Map.of()).post("/api/v1/referrals/" + accepted + "/accept").then().statusCode(200);
        as(BROKER_RIVIER).body(Map.of()).post("/api/v1/referrals/" + accepted + "/accept").then().statusCode(409)
                .contentType("application/problem+json");
        as(BROKER_RIVIER).body(Map.of("reason", "nee")).post("/api/v1/referrals/" + accepted + "/decline").then().statusCode(409);
        as(MENTOR_RIVIER).post("/api/v1/referrals/" + accepted + "/withdraw").then().statusCode(409);

        String withdrawn = submit(MENTOR_RIVIER, rivierReferral("Tess", unique("Test")));
        as(MENTOR_RIVIER).post("/api/v1/referrals/" + withdrawn + "/withdraw").then().statusCode(200)
                .body("status", is("WITHDRAWN"));
        as(BROKER_RIVIER).body(Map.of()).post("/api/v1/referrals/" + withdrawn + "/accept").then().statusCode(409);
    }

    @Test
    void waitlistAndDeclineCarryReasonsTheMentorSees() {
        String id = submit(MENTOR_RIVIER, rivierReferral("Mees", unique("Test")));
        as(BROKER_RIVIER).body(Map.of("reason", "Eerst zelf zoeken")).post("/api/v1/referrals/" + id + "/waitlist")
                .then().statusCode(400).body("errors[0].field", is("reviewOn"));
        as(BROKER_RIVIER).body(Map.of("reason", "Eerst zelf zoeken", "reviewOn", LocalDate.now().toString()))
                .post("/api/v1/referrals/" + id + "/waitlist").then().statusCode(200).body("status", is("WAITLISTED"));
        as(BROKER_RIVIER).get("/api/v1/referrals/counts").then().statusCode(200)
                .body("waitlisted", greaterThanOrEqualTo(1)).body("waitlistDue", greaterThanOrEqualTo(1));
        as(BROKER_RIVIER).body(Map.of("reason", "")).post("/api/v1/referrals/" + id + "/decline").then().statusCode(400)
                .body("errors[0].field", is("reason"));
        as(BROKER_RIVIER).body(Map.of("reason", "Laat eerst zien wat je zelf hebt gedaan"))
                .post("/api/v1/referrals/" + id + "/decline").then().statusCode(200);
        as(MENTOR_RIVIER).get("/api/v1/referrals/" + id).then().statusCode(200)
                .body("status", is("DECLINED")).body("decisionReason", is("Laat eerst zien wat je zelf hebt gedaan"));
    }

    @Test
    void integrationClientsReferOnlyIntoTheirOwnOrganisation() {
        var body = westRegistration("Sami", unique("Test"), SCHOOL_DELTA);
        String id = asClient("integration-west").body(body).post("/api/v1/referrals").then().statusCode(201)
                .body("channel", is("INTEGRATION")).body("organisation.id", is(ORG_WEST)).extract().path("id");
        as(BROKER_WEST).get("/api/v1/referrals/" + id).then().statusCode(200);
        as(BROKER_RIVIER).get("/api/v1/referrals/" + id).then().statusCode(404);

        var otherOrg = westRegistration("Sami", unique("Test"), SCHOOL_DELTA);
        otherOrg.put("organisationId", ORG_RIVIER);
        asClient("integration-west").body(otherOrg).post("/api/v1/referrals").then().statusCode(400)
                .body("errors[0].field", is("organisationId"));
        asClient("integration-west").body(westRegistration("Sami", unique("Test"), SCHOOL_RIVIER))
                .post("/api/v1/referrals").then().statusCode(400).body("errors[0].field", is("schoolId"));
        String rivierId = submit(MENTOR_RIVIER, rivierReferral("Ivo", unique("Test")));
        asClient("integration-west").get("/api/v1/referrals/" + rivierId).then().statusCode(404);
        asClient("integration-west").body(Map.of()).post("/api/v1/referrals/" + id + "/accept").then().statusCode(403);
    }

    @Test
    void brokerRegistersAWalkInWithItsChannel() {
        var body = westRegistration("Jesse", unique("Test"), SCHOOL_NOORDKADE);
        body.remove("channel");
        as(BROKER_WEST).body(body).post("/api/v1/referrals").then().statusCode(400).body("errors[0].field", is("channel"));
        body.put("channel", "WALK_IN");
        as(BROKER_WEST).body(body).post("/api/v1/referrals").then().statusCode(201)
                .body("channel", is("WALK_IN")).body("referrer.kind", is("STUDENT")).body("eligibilityFailures", is(0));
        body.put("channel", "PIGEON");
        as(BROKER_WEST).body(body).post("/api/v1/referrals").then().statusCode(400).body("errors[0].field", is("channel"));
    }

    @Test
    void rolesAndAnonymous() {
        anonymous().get("/api/v1/referrals").then().statusCode(401);
        anonymous().get("/api/v1/referral-targets").then().statusCode(401);
        anonymous().body(rivierReferral("X", "Y")).post("/api/v1/referrals").then().statusCode(401);
        anonymous().post("/api/v1/referrals/" + java.util.UUID.randomUUID() + "/accept").then().statusCode(401);
        as(EMPLOYER_DEMO).get("/api/v1/referrals").then().statusCode(403);
        as(EMPLOYER_DEMO).body(rivierReferral("X", "Y")).post("/api/v1/referrals").then().statusCode(403);
        String id = submit(MENTOR_RIVIER, rivierReferral("Pien", unique("Test")));
        as(MENTOR_RIVIER).body(Map.of()).post("/api/v1/referrals/" + id + "/accept").then().statusCode(403);
        as(BROKER_RIVIER).post("/api/v1/referrals/" + id + "/withdraw").then().statusCode(403);
        as(BROKER_RIVIER).body(Map.of("assignedBroker", "broker.west")).post("/api/v1/referrals/" + id + "/accept")
                .then().statusCode(400).body("errors[0].field", is("assignedBroker"));
        as(BROKER_RIVIER).get("/api/v1/referrals/not-an-id").then().statusCode(404);
        as(BROKER_RIVIER).get("/api/v1/referrals?status=MAYBE").then().statusCode(400).body("errors[0].field", is("status"));
    }

    @Test
    void inboxIsOneQueryPlusCountWhateverThePageSize() {
        for (int i = 0; i < 3; i++) {
            submit(MENTOR_RIVIER, rivierReferral("Kind" + i, unique("Inbox")));
        }
        long small = queries.count(() -> as(BROKER_RIVIER).queryParam("size", 1).get("/api/v1/referrals").then().statusCode(200));
        long large = queries.count(() -> as(BROKER_RIVIER).queryParam("size", 100).get("/api/v1/referrals")
                .then().statusCode(200).body("items.size()", greaterThan(3)));
        assertTrue(large <= small && large <= 3, "inbox used " + large + " statements vs " + small);
    }
}
