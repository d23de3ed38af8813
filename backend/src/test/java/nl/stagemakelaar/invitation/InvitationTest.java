package nl.stagemakelaar.invitation;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import nl.stagemakelaar.support.Fixtures;
import nl.stagemakelaar.support.Tokens;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real Keycloak users created through the admin API, logged in with the password they chose. */
@QuarkusTest
class InvitationTest {

    static final String PASSWORD = Fixtures.EMPLOYER_PASSWORD;

    @Inject
    MockMailbox mailbox;

    @Test
    void anInvitedContactSetsAPasswordLogsInAndSeesOnlyTheirEmployer() {
        String employer = Fixtures.employer(BROKER_WEST, Map.of("name", "Uitnodiging BV"));
        String email = unique("petra") + "@example.nl";
        mailbox.clear();
        String token = Fixtures.invite(BROKER_WEST, employer, email.toUpperCase());

        var mails = mailbox.getMailsSentTo(email);
        assertEquals(1, mails.size(), "one invitation mail, captured");
        assertTrue(mails.get(0).getText().contains("/invitation#" + token), "the mail carries the link");
        // Until the password is set the account cannot log in.
        Tokens.login(email, PASSWORD).then().statusCode(401);

        anonymous().body(Map.of("token", token)).post("/api/v1/invitations/preview").then().statusCode(200)
                .body("firstName", is("Ilse")).body("email", is(email)).body("employerName", is("Uitnodiging BV"));
        anonymous().body(Map.of("token", token, "password", "kort")).post("/api/v1/invitations/accept")
                .then().statusCode(400).body("errors[0].field", is("password"));
        // The realm's password policy (long enough, not the e-mail address) is Keycloak's; its refusal is a 400
        // on the field, and the link still works afterwards.
        anonymous().body(Map.of("token", token, "password", email)).post("/api/v1/invitations/accept")
                .then().statusCode(400).body("errors[0].field", is("password")).body("errors[0].code", is("Policy"));
        anonymous().body(Map.of("token", token, "password", PASSWORD)).post("/api/v1/invitations/accept")
                .then().statusCode(204);
        // The link works once.
        anonymous().body(Map.of("token", token, "password", PASSWORD)).post("/api/v1/invitations/accept")
                .then().statusCode(404);
        anonymous().body(Map.of("token", token)).post("/api/v1/invitations/preview").then().statusCode(404);

        String access = Tokens.login(email, PASSWORD).then().statusCode(200).extract().path("access_token");
        io.restassured.RestAssured.given().auth().oauth2(access).get("/api/v1/portal/profile")
                .then().statusCode(200).body("name", is("Uitnodiging BV"));
        io.restassured.RestAssured.given().auth().oauth2(access).get("/api/v1/students").then().statusCode(403);

        as(BROKER_WEST).get("/api/v1/employers/" + employer + "/invitations").then().statusCode(200)
                .body("[0].email", is(email)).body("[0].status", is("ACTIVE")).body("[0].link", nullValue());
    }

    @Test
    void aRevokedUserCannotLogInAndTheirTokenStopsWorking() {
        String[] user = Fixtures.activeEmployerUser();
        String invitation = as(BROKER_WEST).get("/api/v1/employers/" + user[0] + "/invitations")
                .then().extract().path("[0].id");
        io.restassured.RestAssured.given().auth().oauth2(user[2]).get("/api/v1/portal/profile").then().statusCode(200);

        as(BROKER_RIVIER).post("/api/v1/employers/" + user[0] + "/invitations/" + invitation + "/revoke")
                .then().statusCode(404);
        as(BROKER_WEST).post("/api/v1/employers/" + user[0] + "/invitations/" + invitation + "/revoke")
                .then().statusCode(200).body("status", is("REVOKED")).body("revokedBy", is(BROKER_WEST));

        Tokens.login(user[1], PASSWORD).then().statusCode(400).body("error", is("invalid_grant"));
        io.restassured.RestAssured.given().auth().oauth2(user[2]).get("/api/v1/portal/profile")
                .then().statusCode(403).contentType("application/problem+json");

        // Revoked by mistake: the same person can be invited again and gets a fresh account.
        String again = Fixtures.invite(BROKER_WEST, user[0], user[1]);
        anonymous().body(Map.of("token", again, "password", PASSWORD)).post("/api/v1/invitations/accept").then().statusCode(204);
        Tokens.login(user[1], PASSWORD).then().statusCode(200);
    }

    @Test
    void invitationsAreScopedValidatedAndUnique() {
        String employer = Fixtures.employer(BROKER_WEST, Map.of());
        String path = "/api/v1/employers/" + employer + "/invitations";
        var body = Map.of("email", unique("dubbel") + "@example.nl", "firstName", "Ad", "lastName", "Dubbel");

        anonymous().body(body).post(path).then().statusCode(401);
        as(MENTOR_DELTA).body(body).post(path).then().statusCode(403);
        as(EMPLOYER_DEMO).body(body).post(path).then().statusCode(403);
        as(BROKER_RIVIER).body(body).post(path).then().statusCode(404);
        as(BROKER_RIVIER).get(path).then().statusCode(404);
        as(BROKER_WEST).body(Map.of("email", "geen-adres", "firstName", "Ad", "lastName", "X")).post(path)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("email"));
        as(BROKER_WEST).contentType(ContentType.JSON).body("{\"email\":").post(path).then().statusCode(400);
        as(BROKER_WEST).get("/api/v1/employers/not-a-uuid/invitations").then().statusCode(404);

        as(LEAD_WEST).body(body).post(path).then().statusCode(201);
        as(BROKER_WEST).body(body).post(path).then().statusCode(409).body("errors[0].field", is("email"));
        // Another organisation inviting the same address learns only that it cannot be used: the same answer as
        // for any address that has an account, without saying where.
        String rivierEmployer = Fixtures.employer(BROKER_RIVIER, Map.of());
        String elsewhere = as(BROKER_RIVIER).body(body).post("/api/v1/employers/" + rivierEmployer + "/invitations")
                .then().statusCode(409).body("errors[0].field", is("email")).extract().path("errors[0].message");
        String anAccount = as(BROKER_RIVIER).body(Map.of("email", "broker.west@demo.stagemakelaar.nl", "firstName", "Ad",
                "lastName", "X")).post("/api/v1/employers/" + rivierEmployer + "/invitations").then().statusCode(409)
                .extract().path("errors[0].message");
        assertEquals(anAccount, elsewhere);
        org.junit.jupiter.api.Assertions.assertFalse(elsewhere.contains("organisation"), elsewhere);
        anonymous().body(Map.of("token", "x".repeat(43))).post("/api/v1/invitations/preview").then().statusCode(404);
    }
}
