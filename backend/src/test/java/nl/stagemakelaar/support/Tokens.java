package nl.stagemakelaar.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;
import static io.restassured.RestAssured.given;

/**
 * Real access tokens from the Keycloak that 'make test' starts (fresh in-memory realm, demo users).
 * Fetched once per user per run: the tokens live for ten minutes, longer than the suite.
 */
public final class Tokens {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    private static String tokenUrl() {
        String realm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return realm + "/protocol/openid-connect/token";
    }

    /** Password grant through the stagemakelaar-cli client (dev/test realm only). */
    public static String of(String username) {
        return CACHE.computeIfAbsent(username, u -> login(u, "demo").then().statusCode(200)
                .extract().path("access_token"));
    }

    /** A password grant as it answers, for users made during the test (invited employers) and failed logins. */
    public static io.restassured.response.Response login(String username, String password) {
        return given()
                .formParam("grant_type", "password")
                .formParam("client_id", "stagemakelaar-cli")
                .formParam("username", username)
                .formParam("password", password)
                .post(tokenUrl());
    }

    /** Client-credentials grant of an organisation's integration client. */
    public static String client(String clientId) {
        return CACHE.computeIfAbsent("client:" + clientId, c -> given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", "demo-secret")
                .post(tokenUrl())
                .then().statusCode(200)
                .extract().path("access_token"));
    }
}
