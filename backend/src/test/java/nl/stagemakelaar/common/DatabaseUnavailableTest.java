package nl.stagemakelaar.common;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;

/**
 * With the database out of reach, readiness says DOWN and the API answers 503 with a problem body (and a
 * Retry-After), not 500. The application here points at a port where no database listens.
 */
@QuarkusTest
@TestProfile(DatabaseUnavailableTest.NoDatabase.class)
class DatabaseUnavailableTest {

    public static class NoDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/none",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S",
                    "quarkus.flyway.migrate-at-start", "false", "quarkus.flyway.clean-at-start", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none", "stagemakelaar.demo-data", "false");
        }
    }

    @Test
    void theApiAnswers503AndReadinessIsDown() {
        as(BROKER_WEST).get("/api/v1/students").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).body("type", endsWith("unavailable"));
        as(BROKER_WEST).body(ValidBodies.of("EmployerInput")).post("/api/v1/employers").then().statusCode(503);
        RestAssured.given().get("/q/health/ready").then().statusCode(503).body("status", is("DOWN"));
    }
}
