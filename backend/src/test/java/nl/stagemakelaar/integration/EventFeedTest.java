package nl.stagemakelaar.integration;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.stagemakelaar.referral.ReferralResourceTest;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The change feed: every event once, in commit order, only the organisation's own, while writes go on. */
@QuarkusTest
class EventFeedTest {

    static final String INTEGRATION = "integration-west";

    /** Follows the feed from {@code cursor} until a page is empty; every event into {@code seen}. */
    static String drain(String client, String cursor, List<Map<String, Object>> seen) {
        while (true) {
            var request = asClient(client).queryParam("size", 7);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.get("/api/v1/events").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            seen.addAll(items);
            cursor = page.getString("next");
            if (items.isEmpty()) {
                return cursor;
            }
        }
    }

    @Test
    void aReferralsLifeShowsUpOnceAndOnlyForItsOrganisation() {
        String start = drain(INTEGRATION, null, new ArrayList<>());
        String id = asClient(INTEGRATION).body(ReferralResourceTest.westRegistration("Evi", unique("Feed"), SCHOOL_DELTA))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
        as(BROKER_WEST).body(Map.of()).post("/api/v1/referrals/" + id + "/accept").then().statusCode(200);
        List<Map<String, Object>> seen = new ArrayList<>();
        drain(INTEGRATION, start, seen);
        List<Map<String, Object>> mine = seen.stream().filter(e -> id.equals(e.get("resourceId"))).toList();
        assertEquals(List.of("referral.created", "referral.decided"), mine.stream().map(e -> e.get("type")).toList());
        assertEquals("ACCEPTED", ((Map<?, ?>) mine.get(1).get("data")).get("status"));
        assertTrue(((Map<?, ?>) mine.get(1).get("data")).get("studentId") != null, "the accepted referral names its student");
        assertTrue(mine.get(1).toString().indexOf("Evi") < 0, "events carry states and ids, not names");
        // Another organisation's integration does not see it; a lead of West does.
        List<Map<String, Object>> rivier = new ArrayList<>();
        drain("integration-rivier", null, rivier);
        assertTrue(rivier.stream().noneMatch(e -> id.equals(e.get("resourceId"))));
        as(LEAD_WEST).queryParam("after", start).get("/api/v1/events").then().statusCode(200)
                .body("items.resourceId", hasItem(id));
        // Cursors and sizes are checked.
        asClient(INTEGRATION).queryParam("after", "bm9wZQ").get("/api/v1/events").then().statusCode(400)
                .body("errors[0].field", is("after"));
        asClient(INTEGRATION).queryParam("size", 501).get("/api/v1/events").then().statusCode(400)
                .body("errors[0].field", is("size"));
    }

    @Test
    void aReaderFollowingTheFeedWhileOthersWriteMissesNothingAndRepeatsNothing() throws Exception {
        String start = drain(INTEGRATION, null, new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<List<String>>> writers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            writers.add(pool.submit(() -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    ids.add(asClient(INTEGRATION).body(ReferralResourceTest.westRegistration("Sync", unique("Feed"), SCHOOL_DELTA))
                            .post("/api/v1/referrals").then().statusCode(201).extract().path("id"));
                }
                return ids;
            }));
        }
        // Read while they write: each page from where the last ended.
        List<Map<String, Object>> seen = new ArrayList<>();
        String cursor = start;
        while (writers.stream().anyMatch(f -> !f.isDone())) {
            cursor = drain(INTEGRATION, cursor, seen);
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        drain(INTEGRATION, cursor, seen);
        Set<String> created = new HashSet<>();
        for (var f : writers) {
            created.addAll(f.get());
        }
        Map<Object, Integer> timesSeen = new HashMap<>();
        seen.forEach(e -> timesSeen.merge(e.get("id"), 1, Integer::sum));
        assertTrue(timesSeen.values().stream().allMatch(n -> n == 1), "no event twice: " + timesSeen);
        Set<Object> createdSeen = new HashSet<>();
        seen.stream().filter(e -> "referral.created".equals(e.get("type"))).forEach(e -> createdSeen.add(e.get("resourceId")));
        assertTrue(createdSeen.containsAll(created), "every referral created while reading is in the feed");
        assertEquals(24, created.size());
    }
}
