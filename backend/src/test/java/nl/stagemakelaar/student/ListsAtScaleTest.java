package nl.stagemakelaar.student;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
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
            assertEquals(List.of(), page(st, ORG_WEST, query, null), "no scope set");
            st.execute("select app_enter(false, '" + ORG_WEST + "', null, null, 'probe', 'broker')");
            assertEquals(List.of(west), page(st, ORG_WEST, query, null));
            assertEquals(List.of(west), page(st, ORG_WEST, query, "INTAKE"));
            assertEquals(List.of(), page(st, ORG_WEST, query, "CLOSED"));
            assertEquals(List.of(), page(st, ORG_RIVIER, query, null), "another organisation's students");
            assertEquals(List.of(), page(st, ORG_RIVIER, query, "INTAKE"), "another organisation's students, filtered");
        }
        try (Connection c = Db.asApp(); Statement st = c.createStatement()) {
            assertEquals(List.of(), page(st, ORG_WEST, query, "INTAKE"), "no scope set");
        }
    }

    /** The first page of a search, the same whichever way the function takes. */
    private static List<String> page(Statement st, String organisation, String query, String phase) throws Exception {
        List<String> sorted = searchPage(st, organisation, query, phase, new int[] {0, 20, 1000}, Way.SORT).ids();
        for (Way way : Way.values()) {
            assertEquals(sorted, searchPage(st, organisation, query, phase, new int[] {0, 20, 1000}, way).ids(), way.name());
        }
        return sorted;
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
        // Without a search the first page counts to 1,000 and says there are more; a page far on counts five pages
        // past itself.
        as(BROKER_WEST).queryParam("phase", "INTAKE").queryParam("size", 20).get("/api/v1/students").then().statusCode(200)
                .body("items", hasSize(20)).body("total", is(1000)).body("totalExact", is(false));
        // The search (V43) does the same when it walks the names; which way it takes depends on the other students
        // in the database, so the function's ways are compared directly below.
        List<String> firstPage = as(BROKER_WEST).queryParam("q", lastName).queryParam("phase", "INTAKE").queryParam("size", 20)
                .get("/api/v1/students").then().statusCode(200)
                .body("items", hasSize(20)).body("total", either(is(1000)).or(is(1001))).extract().path("items.id");
        as(BROKER_WEST).queryParam("q", lastName).queryParam("phase", "INTAKE").queryParam("size", 20).queryParam("page", 48)
                .get("/api/v1/students").then().statusCode(200).body("items", hasSize(20)).body("total", is(1001))
                .body("totalExact", is(true));
        as(BROKER_WEST).queryParam("q", lastName).queryParam("phase", "CLOSED").get("/api/v1/students").then().statusCode(200)
                .body("items", hasSize(0)).body("total", is(0)).body("totalExact", is(true));
        as(BROKER_WEST).queryParam("q", lastName).queryParam("size", 20).get("/api/v1/students").then().statusCode(200)
                .body("items.id", is(firstPage)).body("total", either(is(1000)).or(is(1001)));
        as(BROKER_WEST).queryParam("q", lastName).queryParam("size", 20).queryParam("page", 48).get("/api/v1/students")
                .then().statusCode(200).body("items", hasSize(20)).body("total", is(1001)).body("totalExact", is(true));
        as(BROKER_WEST).queryParam("q", lastName).queryParam("size", 20).queryParam("page", 50).get("/api/v1/students")
                .then().statusCode(200).body("items", hasSize(1)).body("total", is(1001));
        as(BROKER_WEST).queryParam("q", lastName).queryParam("size", 20).queryParam("page", 60).get("/api/v1/students")
                .then().statusCode(200).body("items", hasSize(0)).body("total", is(1001));

        // Walking the names (as for "d" while the broker types) the function counts as far as the list shows, like
        // the lists above; sorting every match, it counts them all. Both give the same pages, with a filter or without.
        String query = lastName.toLowerCase() + ":*";
        try (Connection c = Db.asApp(); Statement st = c.createStatement()) {
            st.execute("select app_enter(false, '" + ORG_WEST + "', null, null, 'probe', 'broker')");
            for (String phase : new String[] {null, "INTAKE"}) {
                for (int[] page : new int[][] {{0, 20, 1000}, {20, 20, 1000}, {960, 20, 1060}, {1000, 20, 1100}, {1100, 20, 1200}}) {
                    SearchResult sorted = searchPage(st, ORG_WEST, query, phase, page, Way.SORT);
                    assertEquals(page[0] == 1000 ? 1 : page[0] == 1100 ? 0 : 20, sorted.ids().size());
                    assertEquals("1001 exact", sorted.total(), "past the last page too");
                    for (Way way : Way.values()) {
                        SearchResult other = searchPage(st, ORG_WEST, query, phase, page, way);
                        String where = phase + ", " + way + ", offset " + page[0];
                        assertEquals(sorted.ids(), other.ids(), where);
                        assertEquals(way == Way.WALK && page[2] == 1000 ? "1000 more" : "1001 exact", other.total(), where);
                    }
                }
                assertEquals(firstPage, searchPage(st, ORG_WEST, query, phase, new int[] {0, 20, 1000}, Way.WALK).ids());
            }
            assertEquals("0 exact", searchPage(st, ORG_WEST, query, "CLOSED", new int[] {0, 20, 1000}, Way.SORT).total());
        }
        // These students have no programme and no broker: a filter on either finds none of them, whichever way.
        try (Connection c = Db.asApp(); Statement st = c.createStatement()) {
            st.execute("select app_enter(false, '" + ORG_WEST + "', null, null, 'probe', 'broker')");
            for (String filters : new String[] {"null, '" + PROGRAMME_ICT_3 + "', null, null, null", "null, null, 3, null, null",
                    "null, null, null, null, 'broker.west'"}) {
                for (Way way : Way.values()) {
                    assertEquals(new SearchResult(List.of(), "0 exact"),
                            searchWith(st, ORG_WEST, query, filters, new int[] {0, 20, 1000}, way), filters + ", " + way);
                }
            }
        }
        as(BROKER_WEST).queryParam("q", lastName).queryParam("programmeId", PROGRAMME_ICT_3).get("/api/v1/students").then()
                .statusCode(200).body("items", hasSize(0)).body("total", is(0));
    }

    private record SearchResult(List<String> ids, String total) {
    }

    /** The function's two ways, each forced by how far it may walk the names. */
    private enum Way {
        WALK(1_000_000), SORT(0);

        final int walk;

        Way(int walk) {
            this.walk = walk;
        }
    }

    private static SearchResult searchPage(Statement st, String organisation, String query, String phase, int[] page, Way way)
            throws Exception {
        return searchWith(st, organisation, query, "null, null, null, " + (phase == null ? "null" : "'" + phase + "'") + ", null",
                page, way);
    }

    /**
     * filters = the function's school, programme, level, phase and broker as SQL; page = {offset, limit, count limit};
     * ids without the row that carries the total past the last page.
     */
    private static SearchResult searchWith(Statement st, String organisation, String query, String filters, int[] page,
            Way way) throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        String total = "0 exact";
        try (ResultSet rs = st.executeQuery("select id, total, exact from student_search_page('" + organisation + "', '" + query
                + "', " + filters + ", " + page[0] + ", "
                + page[1] + ", " + page[2] + ", " + way.walk + ")")) {
            while (rs.next()) {
                if (rs.getString(1) != null) {
                    ids.add(rs.getString(1));
                }
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
        // What the list filters on follows too (V43): the phase, the broker, the school, the programme.
        try (Connection c = Db.asOwner(); Statement st = c.createStatement()) {
            st.executeUpdate("update student set phase = 'PREPARATION', assigned_broker = 'broker.elders' where id = '" + id + "'");
        }
        assertEquals(List.of(), found(renamed, "phase", "INTAKE"));
        assertEquals(List.of(id), found(renamed, "phase", "PREPARATION"));
        assertEquals(List.of(), found(renamed, "assignedBroker", "broker.west"));
        assertEquals(List.of(id), found(renamed, "assignedBroker", "broker.elders"));
        assertEquals(List.of(id), found(renamed, "schoolId", SCHOOL_NOORDKADE));
        assertEquals(List.of(), found(renamed, "schoolId", SCHOOL_DELTA));
        try (Connection c = Db.asOwner(); Statement st = c.createStatement()) {
            st.executeUpdate("update student set programme_id = '" + PROGRAMME_ICT_3 + "' where id = '" + id + "'");
        }
        assertEquals(List.of(id), found(renamed, "programmeId", PROGRAMME_ICT_3));
        assertEquals(List.of(), found(renamed, "programmeId", PROGRAMME_CARE_2));
        assertEquals(List.of(id), found(renamed, "level", "3", "phase", "PREPARATION"));
        assertEquals(List.of(), found(renamed, "level", "2"));
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

    private static List<String> found(String q, String... filter) {
        var request = as(BROKER_WEST).queryParam("q", q);
        for (int i = 0; i < filter.length; i += 2) {
            request = request.queryParam(filter[i], filter[i + 1]);
        }
        return request.get("/api/v1/students").then().statusCode(200).extract().path("items.id");
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
