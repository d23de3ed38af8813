package nl.stagemakelaar.security;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import nl.stagemakelaar.support.Tokens;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A token is verified once; its identity serves its next requests, never another token's and never past its expiry. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject VerifiedTokens tokens;

    static String fresh(String user) {
        return Tokens.login(user, "demo").then().statusCode(200).extract().path("access_token");
    }

    static void me(String token, int status, String username) {
        var r = given().auth().oauth2(token).get("/api/v1/me").then().statusCode(status);
        if (username != null) {
            r.body("username", is(username));
        }
    }

    @Test
    void aTokenIsVerifiedOnceAndEachTokenKeepsItsOwnIdentity() {
        String broker = fresh(BROKER_WEST);
        String mentor = fresh(MENTOR_DELTA);
        long before = tokens.verified();
        for (int i = 0; i < 3; i++) {
            me(broker, 200, BROKER_WEST);
            me(mentor, 200, MENTOR_DELTA);
        }
        assertEquals(before + 2, tokens.verified(), "two tokens, each verified once over six requests");
    }

    @Test
    void aTamperedTokenIsRefusedAlsoWhenTheGenuineOneIsKept() {
        String token = fresh(BROKER_WEST);
        me(token, 200, BROKER_WEST);
        char last = token.charAt(token.length() - 2);
        String tampered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        me(tampered, 401, null);
        me(tampered, 401, null);
        String[] parts = token.split("\\.");
        me(parts[0] + "." + parts[1] + ".", 401, null);
        me(token, 200, BROKER_WEST);
    }

    @Test
    void aKeptIdentityIsNotUsedFromItsTokensExpiryOn() {
        String token = fresh(BROKER_WEST);
        me(token, 200, BROKER_WEST);
        long before = tokens.verified();
        me(token, 200, BROKER_WEST);
        assertEquals(before, tokens.verified(), "kept");
        // The cache's own clock past the token's expiry (Keycloak's tokens live ten minutes here); OIDC, on the real
        // clock, still accepts the token, so the request succeeds by a second verification, not by the kept identity.
        tokens.clock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(11)));
        try {
            me(token, 200, BROKER_WEST);
            assertEquals(before + 1, tokens.verified(), "verified again once the kept one expired");
        } finally {
            tokens.clock(Clock.systemUTC());
        }
    }
}
