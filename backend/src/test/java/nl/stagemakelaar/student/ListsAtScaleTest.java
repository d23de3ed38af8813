package nl.stagemakelaar.student;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.stagemakelaar.support.Db;
import nl.stagemakelaar.support.Fixtures;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * What keeps the lists fast at 100,000 students (issue 15) must not change what they answer: the name search runs
 * through a function that bypasses row-level security for its index and so checks the caller's scope itself; long
 * lists count only as far as the pages need; the database keeps each student's last contact for the dashboard.
 */
@QuarkusTest
class ListsAtScaleTest {


    @Test
    void theNameSearchFindsOnlyTheCallersStudentsAndItsFunctionChecksTheScopeItself() throws Exception {
        String west = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        String lastName = as(BROKER_WEST).get("/api/v1/students/" + west).then().extract().path("lastName");
        String rivier = as(BROKER_RIVIER).body(Map.of("firstName", "Namesake", "lastName", lastName,
                        "dateOfBirth", "2006-06-06", "schoolId", SCHOOL_RIVIER,
                        "consent", Map.of("student", true, "date", java.time.LocalDate.now().toString())))
                .post("/api/v1/students").then().statusCode(201).extract().path("id");

        as(BROKER_WEST).queryParam("q", lastName.toLowerCase()).get("/api/v1/students").then().statusCode(200)
                .body("items.id", contains(west)).body("total", is(1)).body("totalExact", is(true));
        as(BROKER_RIVIER).queryParam("q", lastName.toUpperCase()).get("/api/v1/students").then().statusCode(200)
                .body("items.id", contains(rivier));

        // The function runs as the tables' owner: asked for another organisation than the connection's scope, or
        // without a scope, it finds nothing.
        String query = lastName.toLowerCase() + ":*";
        try (Connection c = Db.asApp(); Statement st = c.createStatement()) {
            assertEquals(List.of(), search(st, ORG_WEST, query), "no scope set");
            st.execute("select app_enter(false, '" + ORG_WEST + "', null, null, 'probe', 'broker')");
            assertEquals(List.of(west), search(st, ORG_WEST, query));
            assertEquals(List.of(), search(st, ORG_RIVIER, query), "another organisation's students");
            assertEquals(List.of(west), page(st, ORG_WEST, query));
            assertEquals(List.of(), page(st, ORG_RIVIER, query), "another organisation's students, a page at a time");
        }
        try (Connection c = Db.asApp(); Statement st = c.createStatement()) {
            assertEquals(List.of(), page(st, ORG_WEST, query), "no scope set");
        }
    }

    /** The first page of a search, the same whether the function sorts every match or walks the names. */
    private static List<String> page(Statement st, String organisation, String query) throws Exception {
        List<String> sorted = searchPage(st, organisation, query, new int[] {0, 20, 1000}, 0).ids();
        assertEquals(sorted, searchPage(st, organisation, query, new int[] {0, 20, 1000}, 1_000_000).ids());
        return sorted;
    }

    private static List<String> search(Statement st, String organisation, String query) throws Exception {
        try (ResultSet rs = st.executeQuery("select student_search_ids('" + organisation + "', '" + query + "')")) {
            rs.next();
            Array ids = rs.getArray(1);
            return Arrays.stream((Object[]) ids.getArray()).map(Object::toString).toList();
        }
    }

    @Test
    void aLongListCountsAsFarAsItsPagesNeedAndSaysSo() throws Exception {
        String lastName = unique("Veelvoud");
        // 1,001 students of one name, written as the owner in one statement (the API would take minutes).
        try (Connection c = Db.asOwner(); Statement st = c.createStatement()) {
            st.executeUpdate("insert into student (id, organisation_id, first_name, last_name, date_of_birth, school_id,"
                    + " guidance_intensity, created_by, updated_by) select gen_random_uuid(), '" + ORG_WEST + "', 'Nr' || g, '"
                    + lastName + "', date '2006-01-01', '" + SCHOOL_DELTA + "', 'INTENSIVE', 'test', 'test'"
                    + " from generate_series(1, 1001) g");
        }
        // With another filter the first page counts to 1,000 and says there are more; a page far on counts five
        // pages past itself.
        List<String> firstPage = as(BROKER_WEST).queryParam("q", lastName).queryParam("phase", "INTAKE").queryParam("size", 20)
                .get("/api/v1/students").then().statusCode(200)
                .body("items", hasSize(20)).body("total", is(1000)).body("totalExact", is(false)).extract().path("items.id");
        as(BROKER_WEST).queryParam("q", lastName).queryParam("phase", "INTAKE").queryParam("size", 20).queryParam("page", 48)
                .get("/api/v1/students").then().statusCode(200).body("items", hasSize(20)).body("total", is(1001))
                .body("totalExact", is(true));
        // A search alone (V35, V42) finds the same pages. Whether it walked the names or sorted every match depends
        // on the other students in the database, so the function's two ways are compared directly below.
        as(BROKER_WEST).queryParam("q", lastName).queryParam("size", 20).get("/api/v1/students").then().statusCode(200)
                .body("items.id", is(firstPage)).body("total", either(is(1000)).or(is(1001)));
        as(BROKER_WEST).queryParam("q", lastName).queryParam("size", 20).queryParam("page", 48).get("/api/v1/students")
                .then().statusCode(200).body("items", hasSize(20)).body("total", is(1001)).body("totalExact", is(true));
        as(BROKER_WEST).queryParam("q", lastName).queryParam("size", 20).queryParam("page", 50).get("/api/v1/students")
                .then().statusCode(200).body("items", hasSize(1)).body("total", is(1001));
        as(BROKER_WEST).queryParam("q", lastName).queryParam("size", 20).queryParam("page", 60).get("/api/v1/students")
                .then().statusCode(200).body("items", hasSize(0)).body("total", is(1001));

        // Walking the names (as for "d" while the broker types) the function counts as far as the list shows, like
        // the lists above; sorting every match, it counts them all. Both give the same pages.
        String query = lastName.toLowerCase() + ":*";
        try (Connection c = Db.asApp(); Statement st = c.createStatement()) {
            st.execute("select app_enter(false, '" + ORG_WEST + "', null, null, 'probe', 'broker')");
            for (int[] page : new int[][] {{0, 20, 1000}, {20, 20, 1000}, {960, 20, 1060}, {1000, 20, 1100}}) {
                SearchResult walked = searchPage(st, ORG_WEST, query, page, 1_000_000);
                SearchResult sorted = searchPage(st, ORG_WEST, query, page, 0);
                assertEquals(sorted.ids(), walked.ids(), "offset " + page[0]);
                assertEquals(page[0] == 1000 ? 1 : 20, sorted.ids().size());
                assertEquals("1001 exact", sorted.total());
                assertEquals(page[2] == 1000 ? "1000 more" : "1001 exact", walked.total(), "offset " + page[0]);
            }
            assertEquals(firstPage, searchPage(st, ORG_WEST, query, new int[] {0, 20, 1000}, 1_000_000).ids());
        }
    }

    private record SearchResult(List<String> ids, String total) {
    }

    /** page = {offset, limit, count limit}. */
    private static SearchResult searchPage(Statement st, String organisation, String query, int[] page, int walk)
            throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        String total = null;
        try (ResultSet rs = st.executeQuery("select id, total, exact from student_search_page('" + organisation + "', '" + query
                + "', " + page[0] + ", " + page[1] + ", " + page[2] + ", " + walk + ")")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
                total = rs.getLong(2) + (rs.getBoolean(3) ? " exact" : " more");
            }
        }
        return new SearchResult(ids, total);
    }

    @Test
    void theSearchsCopyOfAStudentFollowsItAndOnlyTheSearchReadsIt() throws Exception {
        String id = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        String lastName = as(BROKER_WEST).get("/api/v1/students/" + id).then().extract().path("lastName");
        assertEquals(List.of(id), found(lastName));
        // A new name, and a new school, whose words a trigger of its own writes into the student's text.
        String renamed = unique("Hernoemd");
        try (Connection c = Db.asOwner(); Statement st = c.createStatement()) {
            st.executeUpdate("update student set last_name = '" + renamed + "' where id = '" + id + "'");
            st.executeUpdate("update student set school_id = '" + SCHOOL_NOORDKADE + "' where id = '" + id + "'");
        }
        assertEquals(List.of(), found(lastName));
        assertEquals(List.of(id), found(renamed));
        assertEquals(List.of(id), found(renamed + " noordkade"));
        assertEquals(List.of(), found(renamed + " delta"));
        as(BROKER_WEST).queryParam("q", renamed + " noordkade").queryParam("phase", "INTAKE").get("/api/v1/students")
                .then().statusCode(200).body("items.id", contains(id));
        // Erased, the student is found by the old name no more.
        String etag = as(LEAD_WEST).get("/api/v1/students/" + id).then().extract().header("ETag");
        as(LEAD_WEST).header("If-Match", etag).post("/api/v1/students/" + id + "/erasure").then().statusCode(204);
        assertEquals(List.of(), found(renamed));
        // The application reads the copy only through the search's functions.
        try (Connection c = Db.asApp(); Statement st = c.createStatement()) {
            st.execute("select app_enter(false, '" + ORG_WEST + "', null, null, 'probe', 'broker')");
            SQLException refused = assertThrows(SQLException.class, () -> st.executeQuery("select count(*) from student_search"));
            assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
        }
    }

    private static List<String> found(String q) {
        return as(BROKER_WEST).queryParam("q", q).get("/api/v1/students").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void theDatabaseKeepsTheLastContactOfAStudent() throws Exception {
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        assertNull(lastContact(student));
        OffsetDateTime recent = OffsetDateTime.now().minusDays(1).withNano(0);
        as(BROKER_WEST).body(Map.of("channel", "PHONE", "party", "STUDENT", "minutes", 10, "occurredAt", recent.toString()))
                .post("/api/v1/students/" + student + "/contacts").then().statusCode(201);
        assertEquals(recent.toInstant(), lastContact(student).toInstant());
        // A contact logged afterwards about an earlier day does not move it back.
        as(BROKER_WEST).body(Map.of("channel", "PHONE", "party", "STUDENT", "minutes", 10,
                "occurredAt", recent.minusDays(5).toString())).post("/api/v1/students/" + student + "/contacts")
                .then().statusCode(201);
        assertEquals(recent.toInstant(), lastContact(student).toInstant());
        // With it the number of contacts and their minutes (the report's buckets and time), outside the trail.
        assertEquals("2/20/0", counters(student));
        try (Connection c = Db.asOwner(); Statement st = c.createStatement()) {
            st.executeUpdate("update contact set minutes = 25 where student_id = '" + student + "' and occurred_at < now() - interval '3 days'");
            assertEquals("2/35/0", counters(student));
            st.executeUpdate("delete from contact where student_id = '" + student + "' and occurred_at > now() - interval '3 days'");
        }
        assertEquals("1/25/0", counters(student));
        assertEquals(recent.minusDays(5).toInstant(), lastContact(student).toInstant());
    }

    /** contacts/minutes/updates of the student in the audit trail. */
    private String counters(String student) throws Exception {
        try (Connection c = Db.asOwner(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select contact_count || '/' || contact_minutes || '/' || (select count(*) from audit_event a"
                        + " where a.entity_id = s.id and a.action = 'UPDATE') from student s where id = '" + student + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private OffsetDateTime lastContact(String student) throws Exception {
        try (Connection c = Db.asOwner(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select last_contact_at from student where id = '" + student + "'")) {
            rs.next();
            return rs.getObject(1, OffsetDateTime.class);
        }
    }
}
