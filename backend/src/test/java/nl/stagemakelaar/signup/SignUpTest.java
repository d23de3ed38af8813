package nl.stagemakelaar.signup;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.stagemakelaar.security.LinkRateLimit;
import nl.stagemakelaar.support.Db;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The student's own door: the public page, the abuse checks, the sealed link, and the referral it becomes. */
@QuarkusTest
class SignUpTest {

    static final String PAGE = "/api/v1/sign-up/" + ORG_WEST;

    @Inject MockMailbox mailbox;
    @Inject LinkRateLimit rateLimit;
    @Inject SignUpKeys keys;

    @BeforeEach
    void openWestsPage() {
        rateLimit.reset();
        var settings = as(LEAD_WEST).get("/api/v1/settings").then().statusCode(200).extract();
        as(LEAD_WEST).header("If-Match", settings.header("ETag")).body(Map.of("open", true,
                "notEligibleText", "Kijk op werkenbijdegemeente.nl of bel het Jongerenloket: 020 123 4567."))
                .put("/api/v1/settings/sign-up").then().statusCode(200).body("selfSignUp", is(true));
    }

    @AfterEach
    void resetLimit() {
        rateLimit.reset();
    }

    /** The page's form with every question answered as it qualifies (or, with {@code fail}, the first one not). */
    static Map<String, Object> signUp(JsonPath form, String email, boolean fail) {
        List<Map<String, Object>> questions = form.getList("questions");
        var answers = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < questions.size(); i++) {
            boolean qualifying = (Boolean) questions.get(i).get("qualifyingAnswer");
            answers.add(Map.of("questionId", questions.get(i).get("id"), "answer", fail && i == 0 ? !qualifying : qualifying));
        }
        Map<String, Object> challenge = form.getMap("challenge");
        var body = new HashMap<String, Object>(Map.of("answers", answers, "firstName", "Noor", "lastName", unique("El Idrissi"),
                "dateOfBirth", "2007-03-03", "email", email, "schoolId", form.getString("schools[0].id"),
                "searchDuration", "MORE_THAN_TWO_MONTHS", "tried", "Twaalf brieven gestuurd, twee gesprekken gehad.",
                "consent", true, "challenge", challenge));
        body.put("nonce", solve(challenge));
        return body;
    }

    static String solve(Map<String, Object> challenge) {
        String salt = (String) challenge.get("salt");
        int difficulty = (Integer) challenge.get("difficulty");
        for (long n = 0; ; n++) {
            if (ProofOfWork.leadingZeroBits(ProofOfWork.sha256(salt + ":" + n)) >= difficulty) {
                return Long.toString(n);
            }
        }
    }

    static JsonPath form() {
        return anonymous().get(PAGE).then().statusCode(200).extract().jsonPath();
    }

    static long referralsOf(String email) {
        return Db.count("select count(*) from referral where student_email = '" + email + "'");
    }

    @Test
    void aQuestionWordedForTheStudentIsWhatThePublicPageAsks() {
        openWestsPage();
        String q = "00000000-0000-4000-f000-000000000002";
        var before = as(LEAD_WEST).get("/api/v1/settings").then().statusCode(200).extract();
        int version = before.path("checklist.find { it.id == '" + q + "' }.version");
        String text = before.path("checklist.find { it.id == '" + q + "' }.text");
        String was = before.path("checklist.find { it.id == '" + q + "' }.studentText");
        String student = unique("Heb je al een stageplek? ");
        as(LEAD_WEST).header("If-Match", "\"" + version + "\"")
                .body(Map.of("text", text, "studentText", student, "qualifyingAnswer", false))
                .put("/api/v1/settings/checklist/" + q).then().statusCode(200)
                .body("checklist.find { it.id == '" + q + "' }.studentText", is(student));
        try {
            anonymous().get(PAGE).then().statusCode(200).body("questions.find { it.id == '" + q + "' }.text", is(student));
            // Referrers keep their own wording.
            as(BROKER_WEST).get("/api/v1/referral-targets").then().statusCode(200)
                    .body("find { it.id == '" + ORG_WEST + "' }.questions.find { it.id == '" + q + "' }.text", is(text));
            as(LEAD_WEST).header("If-Match", "\"" + (version + 1) + "\"")
                    .body(Map.of("text", text, "studentText", "x".repeat(301), "qualifyingAnswer", false))
                    .put("/api/v1/settings/checklist/" + q).then().statusCode(400).body("errors[0].field", is("studentText"));
        } finally {
            var restore = new java.util.HashMap<String, Object>(Map.of("text", text, "qualifyingAnswer", false));
            restore.put("studentText", was);
            as(LEAD_WEST).header("If-Match", "\"" + (version + 1) + "\"").body(restore)
                    .put("/api/v1/settings/checklist/" + q).then().statusCode(200);
        }
    }

    @Test
    void anEligibleStudentConfirmsByEmailAndLandsInTheInboxOnce() {
        var form = form();
        assertTrue(form.getList("questions").size() >= 3);
        assertEquals("Stagepunt West", form.getString("organisationName"));
        String email = unique("noor") + "@example.nl";
        mailbox.clear();

        String link = anonymous().body(signUp(form, email, false)).post(PAGE).then().statusCode(200)
                .body("eligible", is(true)).body("emailedTo", is(email)).body("confirmLink", containsString("/aanmelden-bevestigen#"))
                .extract().path("confirmLink");
        assertEquals(0, referralsOf(email), "nothing is stored before the student confirms");
        var mails = mailbox.getMailsSentTo(email);
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getText().contains(link), "the e-mail carries the link");
        String token = link.substring(link.indexOf('#') + 1);

        anonymous().body(Map.of("token", token)).post("/api/v1/sign-up/confirm").then().statusCode(200)
                .body("alreadyConfirmed", is(false)).body("firstName", is("Noor"));
        assertEquals(1, referralsOf(email));
        String id = Db.text("select id::text from referral where student_email = '" + email + "'");
        as(BROKER_WEST).get("/api/v1/referrals/" + id).then().statusCode(200).body("channel", is("SELF"))
                .body("status", is("SUBMITTED")).body("referrer.kind", is("STUDENT"))
                .body("studentTried", is("Twaalf brieven gestuurd, twee gesprekken gehad."))
                .body("eligibilityFailures", is(0)).body("submittedBy", is("self-sign-up"));
        // The same link again (a double click, a forwarded mail): the sign-up is already in, nothing new.
        anonymous().body(Map.of("token", token)).post("/api/v1/sign-up/confirm").then().statusCode(200)
                .body("alreadyConfirmed", is(true));
        assertEquals(1, referralsOf(email));
        // Another organisation's broker does not see it.
        as(BROKER_RIVIER).get("/api/v1/referrals/" + id).then().statusCode(404);
    }

    @Test
    void notEligibleGetsTheOrganisationsTextAndNothingIsSentOrStored() {
        String email = unique("niet") + "@example.nl";
        mailbox.clear();
        anonymous().body(signUp(form(), email, true)).post(PAGE).then().statusCode(200).body("eligible", is(false))
                .body("notEligibleText", containsString("Jongerenloket")).body("confirmLink", nullValue());
        assertEquals(0, mailbox.getMailsSentTo(email).size());
        assertEquals(0, referralsOf(email));
    }

    @Test
    void forgedReplayedAndAutomatedRequestsAreRefused() {
        var form = form();
        String email = unique("check") + "@example.nl";
        var body = signUp(form, email, false);

        // A wrong solution, a changed challenge, a forged signature.
        var wrong = new HashMap<>(body);
        wrong.put("nonce", "not-a-solution");
        anonymous().body(wrong).post(PAGE).then().statusCode(400).body("errors[0].field", is("challenge"));
        var forged = new HashMap<>(body);
        var challenge = new HashMap<>((Map<String, Object>) body.get("challenge"));
        challenge.put("difficulty", 1);
        forged.put("challenge", challenge);
        anonymous().body(forged).post(PAGE).then().statusCode(400).body("errors[0].field", is("challenge"));

        // A solved challenge counts once.
        anonymous().body(body).post(PAGE).then().statusCode(200).body("eligible", is(true));
        anonymous().body(body).post(PAGE).then().statusCode(400).body("errors[0].field", is("challenge"));

        // A link that was changed, or made up, is not valid.
        String link = anonymous().body(signUp(form(), email, false)).post(PAGE).then().extract().path("confirmLink");
        String token = link.substring(link.indexOf('#') + 1);
        char c = token.charAt(token.length() / 2);
        String changed = token.substring(0, token.length() / 2) + (c == 'A' ? 'B' : 'A') + token.substring(token.length() / 2 + 1);
        anonymous().body(Map.of("token", changed)).post("/api/v1/sign-up/confirm").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("token"));
        anonymous().body(Map.of("token", "x".repeat(60))).post("/api/v1/sign-up/confirm").then().statusCode(400);
        assertEquals(0, referralsOf(email));

        // A sealed sign-up past its two days: expired.
        var sealed = new SignUpInputs.Sealed(java.util.UUID.fromString(ORG_WEST), java.time.Instant.now().getEpochSecond() - 1,
                List.of(), "Oud", "Link", LocalDate.of(2007, 1, 1), email, null, java.util.UUID.fromString(SCHOOL_DELTA),
                nl.stagemakelaar.referral.SearchDuration.NOT_YET, null, null, false, LocalDate.now());
        String expired = io.quarkus.arc.Arc.container().instance(SignUpService.class).get().sealed(sealed);
        anonymous().body(Map.of("token", expired)).post("/api/v1/sign-up/confirm").then().statusCode(410);

        // A form filler that also fills the hidden field: told the same as a person, nothing sent.
        var bot = signUp(form(), email, false);
        bot.put("website", "https://spam.example");
        mailbox.clear();
        anonymous().body(bot).post(PAGE).then().statusCode(200).body("eligible", is(true)).body("confirmLink", nullValue());
        assertEquals(0, mailbox.getMailsSentTo(email).size());

        // Under 16 without a parent's consent; a school West does not serve; bad input names the field.
        var young = signUp(form(), email, false);
        young.put("dateOfBirth", LocalDate.now().minusYears(15).toString());
        anonymous().body(young).post(PAGE).then().statusCode(400).body("errors[0].field", is("guardianConsent"));
        var elsewhere = signUp(form(), email, false);
        elsewhere.put("schoolId", SCHOOL_RIVIER);
        anonymous().body(elsewhere).post(PAGE).then().statusCode(400).body("errors[0].field", is("schoolId"));
        // The checklist as the referral form checks it: every question of this page, and no other.
        var unanswered = signUp(form(), email, false);
        unanswered.put("answers", List.of());
        anonymous().body(unanswered).post(PAGE).then().statusCode(400).body("errors[0].field", is("answers"));
        unanswered.put("answers", List.of(Map.of("questionId", "00000000-0000-4000-f000-000000000011", "answer", true)));
        anonymous().body(unanswered).post(PAGE).then().statusCode(400).body("errors[0].field", is("answers[0].questionId"));
        var noEmail = signUp(form(), email, false);
        noEmail.remove("email");
        anonymous().body(noEmail).post(PAGE).then().statusCode(400).body("errors[0].field", is("email"));
        assertEquals(0, referralsOf(email));
    }

    @Test
    void aClosedPageIsNotFoundAndAFloodIsSlowedDown() {
        anonymous().get("/api/v1/sign-up/" + ORG_RIVIER).then().statusCode(404);
        anonymous().get("/api/v1/sign-up/" + java.util.UUID.randomUUID()).then().statusCode(404);
        // Only a lead opens or closes the page.
        as(BROKER_WEST).header("If-Match", "\"0\"").body(Map.of("open", false)).put("/api/v1/settings/sign-up").then().statusCode(403);
        var settings = as(LEAD_WEST).get("/api/v1/settings").then().extract();
        as(LEAD_WEST).header("If-Match", settings.header("ETag")).body(Map.of("open", false))
                .put("/api/v1/settings/sign-up").then().statusCode(200).body("selfSignUp", is(false)).body("notEligibleText", nullValue());
        anonymous().get(PAGE).then().statusCode(404);
        openWestsPage();

        int status = 0;
        for (int i = 0; i < 200 && status != 429; i++) {
            var r = anonymous().get(PAGE);
            status = r.statusCode();
            if (status == 429) {
                assertNotNull(r.header("Retry-After"));
            }
        }
        assertEquals(429, status, "a minute's worth of requests, then 429");
    }
}
