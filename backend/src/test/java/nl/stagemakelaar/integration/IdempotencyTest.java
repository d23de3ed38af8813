package nl.stagemakelaar.integration;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import nl.stagemakelaar.referral.ReferralResourceTest;
import nl.stagemakelaar.support.Db;
import org.junit.jupiter.api.Test;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Retried POSTs with an Idempotency-Key: the first result again, nothing created twice, a reused key refused. */
@QuarkusTest
class IdempotencyTest {

    static final String INTEGRATION = "integration-west";

    static String json(Object body) throws Exception {
        return new ObjectMapper().writeValueAsString(body);
    }

    static long referralsOf(String lastName) throws Exception {
        try (Connection c = Db.asOwner(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from referral where student_last_name = '" + lastName + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aRetryAnswersTheFirstResultAndCreatesNothingNew() throws Exception {
        String lastName = unique("Retry");
        String body = json(ReferralResourceTest.westRegistration("Sami", lastName, SCHOOL_DELTA));
        String key = unique("key-");
        Response first = asClient(INTEGRATION).header("Idempotency-Key", key).body(body).post("/api/v1/referrals");
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        Response again = asClient(INTEGRATION).header("Idempotency-Key", key).body(body).post("/api/v1/referrals");
        again.then().statusCode(201).header("Idempotent-Replayed", is("true")).contentType("application/json")
                .body("id", is(first.path("id").toString())).body("channel", is("INTEGRATION"));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.header("ETag"), again.header("ETag"));
        assertEquals(1, referralsOf(lastName));

        // The same key with another body, or on another path: 422 naming the header, nothing created.
        String other = json(ReferralResourceTest.westRegistration("Samira", lastName, SCHOOL_DELTA));
        asClient(INTEGRATION).header("Idempotency-Key", key).body(other).post("/api/v1/referrals").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", is("Idempotency-Key"));
        assertEquals(1, referralsOf(lastName));
        // Keys are per caller: a broker's request with the same key is its own.
        as(BROKER_WEST).header("Idempotency-Key", key).body(body).post("/api/v1/referrals").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
        assertEquals(2, referralsOf(lastName));
        // Without a key nothing changes: two requests, two referrals.
        asClient(INTEGRATION).body(body).post("/api/v1/referrals").then().statusCode(201);
        assertEquals(3, referralsOf(lastName));
    }

    @Test
    void twoIdenticalRequestsAtOnceCreateOneRecord() throws Exception {
        String lastName = unique("Twice");
        String body = json(ReferralResourceTest.westRegistration("Noa", lastName, SCHOOL_DELTA));
        String key = unique("key-");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> both = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return asClient(INTEGRATION).header("Idempotency-Key", key).body(body).post("/api/v1/referrals");
        })).toList();
        start.countDown();
        Response a = both.get(0).get();
        Response b = both.get(1).get();
        assertEquals(201, a.statusCode(), a.asString());
        assertEquals(201, b.statusCode(), b.asString());
        assertEquals(a.path("id").toString(), b.path("id").toString());
        assertEquals(1, referralsOf(lastName));
    }

    @Test
    void refusalsAreKeptAndKeysAreChecked() throws Exception {
        var invalid = new HashMap<>(ReferralResourceTest.westRegistration("Ilse", unique("Bad"), SCHOOL_DELTA));
        invalid.remove("schoolId");
        String key = unique("key-");
        asClient(INTEGRATION).header("Idempotency-Key", key).body(json(invalid)).post("/api/v1/referrals").then().statusCode(400)
                .header("Idempotent-Replayed", nullValue());
        asClient(INTEGRATION).header("Idempotency-Key", key).body(json(invalid)).post("/api/v1/referrals").then().statusCode(400)
                .header("Idempotent-Replayed", is("true")).contentType("application/problem+json").body("errors[0].field", is("schoolId"));
        asClient(INTEGRATION).header("Idempotency-Key", "with space").body(json(invalid)).post("/api/v1/referrals").then()
                .statusCode(400).body("errors[0].field", is("Idempotency-Key"));
        asClient(INTEGRATION).header("Idempotency-Key", "x".repeat(101)).body(json(invalid)).post("/api/v1/referrals").then()
                .statusCode(400).body("errors[0].field", is("Idempotency-Key"));
        // No token: 401 before any key is looked at.
        anonymous().header("Idempotency-Key", key).body(json(invalid)).post("/api/v1/referrals").then().statusCode(401);
        // A caller never sees another's keys (row-level security on the owner).
        try (Connection c = Db.asApp(); Statement st = c.createStatement()) {
            st.execute("select app_enter(false, '" + ORG_WEST + "', null, null, 'broker.west', 'broker')");
            try (ResultSet rs = st.executeQuery("select count(*) from idempotency_key where key = '" + key + "'")) {
                rs.next();
                assertEquals(0, rs.getLong(1));
            }
        }
    }
}
