package nl.stagemakelaar.integration;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.stagemakelaar.referral.ReferralResourceTest;
import nl.stagemakelaar.support.Db;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signed webhooks from the outbox: delivered, retried, paused and resumed, and each event sent once by id. */
@QuarkusTest
class WebhookTest {

    static final Pattern EVENT_ID = Pattern.compile("\"id\":(\\d+)");
    static final Pattern RESOURCE = Pattern.compile("\"resourceId\":\"([0-9a-f-]+)\"");
    static final Pattern SIGNATURE = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})");

    @Inject WebhookWorker worker;

    /** A receiver on 127.0.0.1 that checks signatures with {@link #secret} and counts deliveries by event id. */
    HttpServer server;
    volatile String secret;
    final AtomicInteger failNext = new AtomicInteger();
    final Map<Long, AtomicInteger> received = new ConcurrentHashMap<>();
    final List<String> resources = new CopyOnWriteArrayList<>();
    final List<String> badSignatures = new CopyOnWriteArrayList<>();

    @BeforeEach
    void receiver() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = 204;
            if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                status = 500;
            } else {
                Matcher sig = SIGNATURE.matcher(String.valueOf(exchange.getRequestHeaders().getFirst("Stagemakelaar-Signature")));
                if (secret == null || !sig.matches() || !WebhookWorker.sign(secret, Long.parseLong(sig.group(1)), body).equals(sig.group(2))) {
                    badSignatures.add(body);
                    status = 401;
                } else {
                    Matcher id = EVENT_ID.matcher(body);
                    Matcher resource = RESOURCE.matcher(body);
                    id.find();
                    resource.find();
                    received.computeIfAbsent(Long.parseLong(id.group(1)), k -> new AtomicInteger()).incrementAndGet();
                    resources.add(resource.group(1) + " " + body);
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The scheduler is off in tests: this thread is the worker's schedule, every 200 ms. */
    Thread schedule;

    @BeforeEach
    void schedule() {
        schedule = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                worker.deliverDue();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "webhook-schedule");
        schedule.start();
    }

    @AfterEach
    void stop() throws Exception {
        schedule.interrupt();
        schedule.join(20_000);
        server.stop(0);
        // Endpoints of this test class point at a receiver that is gone.
        try (Connection c = Db.asOwner(); Statement st = c.createStatement()) {
            st.executeUpdate("delete from webhook_endpoint where url like 'http://127.0.0.1:%/hook'");
        }
    }

    String register(List<String> events) {
        var created = as(LEAD_WEST).body(Map.of("url", "http://127.0.0.1:" + server.getAddress().getPort() + "/hook", "events", events))
                .post("/api/v1/webhooks").then().statusCode(201).body("status", is("ACTIVE")).body("secret", startsWith("whsec_"))
                .extract();
        secret = created.path("secret");
        return created.path("id");
    }

    static String referral() {
        return asClient("integration-west").body(ReferralResourceTest.westRegistration("Hook", unique("Web"), SCHOOL_DELTA))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    }

    static void await(String what, BooleanSupplier done) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (!done.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < until, "waited 30 s for " + what);
            Thread.sleep(100);
        }
    }

    long undelivered() {
        try (Connection c = Db.asOwner(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id"
                        + " where e.url like 'http://127.0.0.1:" + server.getAddress().getPort() + "/%' and d.status <> 'DELIVERED'")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean got(String resource, String type) {
        return resources.stream().anyMatch(r -> r.startsWith(resource + " ") && r.contains("\"type\":\"" + type + "\""));
    }

    @Test
    void aLeadRegistersAnEndpointAndReceivesSignedEventsWithALog() throws Exception {
        String endpoint = register(List.of("referral.created", "referral.decided"));
        as(LEAD_WEST).get("/api/v1/webhooks").then().statusCode(200).body("find { it.id == '" + endpoint + "' }.secret", nullValue());
        String id = referral();
        as(BROKER_WEST).body(Map.of()).post("/api/v1/referrals/" + id + "/accept").then().statusCode(200);
        await("both events", () -> got(id, "referral.created") && got(id, "referral.decided"));
        await("both logged", () -> undelivered() == 0);
        assertEquals(List.of(), badSignatures);
        String decided = resources.stream().filter(r -> r.startsWith(id + " ") && r.contains("decided")).findFirst().orElseThrow();
        assertTrue(decided.contains("\"status\":\"ACCEPTED\"") && !decided.contains("Hook"), decided);
        as(LEAD_WEST).get("/api/v1/webhooks/" + endpoint + "/deliveries").then().statusCode(200)
                .body("items.status", everyItem(is("DELIVERED"))).body("items.attempts", everyItem(is(1)))
                .body("items.eventType", hasItems("referral.created", "referral.decided"));
        // Only http(s), and only known events.
        as(LEAD_WEST).body(Map.of("url", "ftp://example.org/x", "events", List.of("referral.created"))).post("/api/v1/webhooks")
                .then().statusCode(400).body("errors[0].field", is("url"));
        as(LEAD_WEST).body(Map.of("url", "https://example.org/x", "events", List.of("student.deleted"))).post("/api/v1/webhooks")
                .then().statusCode(400).body("errors[0].field", is("events[0]"));
        as(LEAD_WEST).delete("/api/v1/webhooks/" + endpoint).then().statusCode(204);
        as(LEAD_WEST).get("/api/v1/webhooks/" + endpoint + "/deliveries").then().statusCode(404);
    }

    @Test
    void failuresAreRetriedAndAnEndpointThatKeepsFailingIsPausedUntilResumed() throws Exception {
        String endpoint = register(List.of("referral.created"));
        failNext.set(2);
        String first = referral();
        await("the third attempt", () -> got(first, "referral.created"));
        await("the third attempt logged", () -> undelivered() == 0);
        as(LEAD_WEST).get("/api/v1/webhooks/" + endpoint + "/deliveries").then()
                .body("items[0].status", is("DELIVERED")).body("items[0].attempts", is(3)).body("items[0].lastStatus", is(204));
        as(LEAD_WEST).get("/api/v1/webhooks").then().body("find { it.id == '" + endpoint + "' }.failingSince", nullValue());

        // Failing for longer than a day: the next failure pauses it, and what comes meanwhile waits.
        try (Connection c = Db.asOwner(); Statement st = c.createStatement()) {
            st.executeUpdate("update webhook_endpoint set failing_since = now() - interval '25 hours' where id = '" + endpoint + "'");
        }
        failNext.set(1000);
        String second = referral();
        await("the pause", () -> "PAUSED".equals(as(LEAD_WEST).get("/api/v1/webhooks").path("find { it.id == '" + endpoint + "' }.status")));
        failNext.set(0);
        String third = referral();
        Thread.sleep(2500);
        assertTrue(!got(second, "referral.created") && !got(third, "referral.created"), "nothing goes to a paused endpoint");
        as(LEAD_WEST).post("/api/v1/webhooks/" + endpoint + "/resume").then().statusCode(200).body("status", is("ACTIVE"));
        await("what waited", () -> got(second, "referral.created") && got(third, "referral.created"));
    }

    @Test
    void everyEventIsDeliveredOnceByIdWhileWorkersCompeteAndOneStopsMidway() throws Exception {
        register(List.of("referral.created"));
        // An instance that took deliveries and stopped before finishing: its locks hold them, then go with it.
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(referral());
        }
        try (Connection stopped = Db.asOwner()) {
            stopped.setAutoCommit(false);
            try (Statement st = stopped.createStatement()) {
                st.executeQuery("select id from webhook_delivery where status = 'PENDING' order by id limit 5 for update").close();
            }
            // Three more workers beside the scheduled one, while it holds them.
            ExecutorService pool = Executors.newFixedThreadPool(3);
            for (int w = 0; w < 3; w++) {
                pool.submit(() -> worker.deliverDue());
            }
            for (int i = 0; i < 8; i++) {
                ids.add(referral());
                pool.submit(() -> worker.deliverDue());
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
            stopped.rollback();
        }
        await("every event", () -> ids.stream().allMatch(id -> got(id, "referral.created")));
        Map<Long, Integer> times = new HashMap<>();
        received.forEach((k, v) -> times.put(k, v.get()));
        assertTrue(times.values().stream().allMatch(n -> n == 1), "each event id once: " + times);
        assertEquals(20, ids.stream().filter(id -> got(id, "referral.created")).count());
        // The receiver counts before the sender commits: the log says DELIVERED a moment later.
        await("every delivery logged", () -> undelivered() == 0);
    }
}
