package nl.stagemakelaar.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every response carries, who may call from a browser, and secrets a production start refuses. */
@QuarkusTest
class EdgesTest {

    @Test
    void everyApiResponseForbidsFramingSniffingScriptsAndCaching() {
        for (var response : java.util.List.of(as(BROKER_WEST).get("/api/v1/me"), anonymous().get("/api/v1/students"),
                anonymous().body(java.util.Map.of("token", "x".repeat(43))).post("/api/v1/surveys/open"))) {
            response.then().header("Content-Security-Policy", is("default-src 'none'; frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", is("nosniff")).header("Referrer-Policy", is("no-referrer"))
                    .header("X-Frame-Options", is("DENY")).header("Cache-Control", containsString("no-store"));
        }
    }

    @Test
    void browsersMayCallOnlyFromTheConfiguredOrigin() {
        RestAssured.given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match").options("/api/v1/students")
                .then().header("Access-Control-Allow-Origin", is("http://localhost:5173"))
                .header("Access-Control-Allow-Methods", containsString("PUT"));
        RestAssured.given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/students").then().header("Access-Control-Allow-Origin", nullValue());
        as(BROKER_WEST).header("Origin", "https://evil.example").get("/api/v1/me").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @jakarta.inject.Inject LinkRateLimit rateLimit;

    /** An invitation is mailed (the mock mailer here) and accepted: no log line carries its token. */
    @Test
    void linkTokensNeverReachTheLog() {
        java.util.List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        var handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                lines.add(r.getLoggerName() + " " + r.getMessage() + " " + java.util.Arrays.toString(r.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        var root = java.util.logging.Logger.getLogger("");
        root.addHandler(handler);
        try {
            String employer = nl.stagemakelaar.support.Fixtures.employer(BROKER_WEST, java.util.Map.of());
            String token = nl.stagemakelaar.support.Fixtures.invite(BROKER_WEST, employer, unique("log") + "@example.nl");
            anonymous().body(java.util.Map.of("token", token)).post("/api/v1/invitations/preview").then().statusCode(200);
            java.util.logging.Logger.getLogger("nl.stagemakelaar.probe").warning("probe");
            assertTrue(lines.stream().anyMatch(l -> l.contains("probe")), "the handler sees the log");
            assertTrue(lines.stream().noneMatch(l -> l.contains(token)), "a log line carries the token");
        } finally {
            root.removeHandler(handler);
        }
    }

    @Test
    void publicLinkEndpointsSlowDownAFloodFromOneAddress() {
        rateLimit.reset();
        try {
            // A minute's worth (120 in tests) goes through; a flood beyond it is refused, whatever the endpoint.
            for (int i = 0; i < 100; i++) {
                anonymous().body(java.util.Map.of("token", "x".repeat(43))).post("/api/v1/surveys/open").then().statusCode(404);
            }
            int sent = 100;
            io.restassured.response.Response last;
            do {
                last = anonymous().body(java.util.Map.of("token", "x".repeat(43), "password", "Een-lang-wachtwoord-1"))
                        .post("/api/v1/invitations/accept");
            } while (last.statusCode() == 404 && ++sent < 300);
            last.then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue());
            // Calls with a token are not limited by this.
            as(BROKER_WEST).get("/api/v1/me").then().statusCode(200);
        } finally {
            rateLimit.reset();
        }
    }

    @Test
    void aProductionStartRefusesTheDemoRealmsSecret() {
        assertThrows(IllegalStateException.class, () -> ProductionSecrets.refuseDevelopmentSecrets(LaunchMode.NORMAL,
                ProductionSecrets.DEV_SECRET, false));
        assertDoesNotThrow(() -> ProductionSecrets.refuseDevelopmentSecrets(LaunchMode.NORMAL, "a-real-secret", false));
        assertDoesNotThrow(() -> ProductionSecrets.refuseDevelopmentSecrets(LaunchMode.NORMAL, ProductionSecrets.DEV_SECRET, true));
        assertDoesNotThrow(() -> ProductionSecrets.refuseDevelopmentSecrets(LaunchMode.DEVELOPMENT, ProductionSecrets.DEV_SECRET, false));
    }
}
