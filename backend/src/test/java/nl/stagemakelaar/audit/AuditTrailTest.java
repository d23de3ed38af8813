package nl.stagemakelaar.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.stagemakelaar.support.Db;
import nl.stagemakelaar.support.Fixtures;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The audit trail (written by the database for every change, by the application for sensitive reads) and
 * row-level security as the second wall behind every query's own organisation filter.
 */
@QuarkusTest
class AuditTrailTest {

    @Inject EntityManager em;

    @Test
    void everyChangeAndEverySensitiveReadIsOnTheTrailWithoutTheSensitiveText() {
        String id = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        var intake = Map.of("needs", List.of("HOME_SITUATION"), "needsNote", "Zorgt voor broertjes",
                "maxTravelMinutes", 45, "requiredHours", 400);
        as(BROKER_WEST).header("If-Match", "\"-1\"").body(intake).put("/api/v1/students/" + id + "/intake")
                .then().statusCode(200);
        as(BROKER_WEST).get("/api/v1/students/" + id + "/intake").then().statusCode(200);

        String trail = as(LEAD_WEST).queryParam("studentId", id).get("/api/v1/audit-events").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(3))
                .body("items.find { it.entityType == 'student' && it.action == 'INSERT' }.actor", is(BROKER_WEST))
                .body("items.find { it.entityType == 'student' && it.action == 'INSERT' }.actorRole", is("broker"))
                .body("items.find { it.entityType == 'student' }.studentName", not(emptyOrNullString()))
                .body("items.find { it.entityType == 'intake' && it.action == 'READ' }.actor", is(BROKER_WEST))
                // Numbers are kept with their values; what a person wrote only as "changed".
                .body("items.find { it.entityType == 'intake' && it.action == 'INSERT' }.changes.find { it.field == 'max_travel_minutes' }.newValue",
                        is("45"))
                .body("items.find { it.entityType == 'intake' && it.action == 'INSERT' }.changes.find { it.field == 'needs_note' }.valueKept",
                        is(false))
                .extract().asString();
        assertFalse(trail.contains("broertjes"), "the trail must not copy sensitive text");
        assertFalse(trail.contains("HOME_SITUATION"), "the trail must not copy needs");

        // Filtered by user and period; newest first.
        as(LEAD_WEST).queryParam("studentId", id).queryParam("actor", LEAD_WEST).get("/api/v1/audit-events").then()
                .statusCode(200).body("total", is(0));
        as(LEAD_WEST).queryParam("studentId", id).queryParam("from", LocalDate.now().minusDays(1).toString())
                .queryParam("to", LocalDate.now().plusDays(1).toString()).get("/api/v1/audit-events").then()
                .statusCode(200).body("total", greaterThanOrEqualTo(3)).body("items[0].action", is("READ"));
        as(LEAD_WEST).queryParam("studentId", id).queryParam("to", LocalDate.now().minusDays(2).toString())
                .get("/api/v1/audit-events").then().statusCode(200).body("total", is(0));
        as(LEAD_WEST).queryParam("from", "gisteren").get("/api/v1/audit-events").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("from"));
        as(LEAD_WEST).queryParam("size", "500").get("/api/v1/audit-events").then().statusCode(400);
    }

    @Test
    void onlyAnOrganisationsLeadReadsItsTrail() {
        String west = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        String rivier = Fixtures.student(BROKER_RIVIER, SCHOOL_RIVIER, null);
        anonymous().get("/api/v1/audit-events").then().statusCode(401);
        as(BROKER_WEST).get("/api/v1/audit-events").then().statusCode(403);
        as(MENTOR_DELTA).get("/api/v1/audit-events").then().statusCode(403);
        as(EMPLOYER_DEMO).get("/api/v1/audit-events").then().statusCode(403);
        // Another organisation's student is simply not in this organisation's trail.
        as(LEAD_WEST).queryParam("studentId", rivier).get("/api/v1/audit-events").then().statusCode(200)
                .body("total", is(0));
        as(LEAD_WEST).queryParam("studentId", west).get("/api/v1/audit-events").then().statusCode(200)
                .body("total", greaterThan(0));
    }

    @Test
    void theTrailIsAppendOnlyForTheApplicationAndForTheOwner() throws SQLException {
        Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update audit_event set actor = 'someone else'").executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("delete from audit_event").executeUpdate()));
        try (Connection c = Db.asOwner(); Statement st = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> st.executeUpdate("delete from audit_event"));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            assertThrows(SQLException.class, () -> st.executeUpdate("truncate audit_event"));
        }
    }

    /** A query that forgets its organisation filter, in a real request: the database still refuses other rows. */
    @Test
    void aQueryWithoutAFilterSeesOnlyTheCallersOrganisation() {
        Fixtures.student(BROKER_RIVIER, SCHOOL_RIVIER, null);
        Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        as(BROKER_WEST).get("/api/v1/test-probe/unscoped").then().statusCode(200).body("", contains(ORG_WEST));
        as(BROKER_RIVIER).get("/api/v1/test-probe/unscoped").then().statusCode(200).body("", contains(ORG_RIVIER));
        // A mentor's wall is the organisations serving the school; an employer's, its own organisation.
        as(MENTOR_RIVIER).get("/api/v1/test-probe/unscoped").then().statusCode(200).body("", not(empty()))
                .body("", everyItem(oneOf(servingSchool(SCHOOL_RIVIER).toArray())));
        as(EMPLOYER_DEMO).get("/api/v1/test-probe/unscoped").then().statusCode(200).body("", contains(ORG_WEST));
        // Work outside a request (start-up, jobs, this test) sees every organisation.
        assertTrue(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select count(distinct organisation_id) from student").getSingleResult() instanceof Number n
                && n.intValue() >= 2));
    }

    @Test
    void theApplicationsRoleOwnsNothingAndEveryTenantTableHasAPolicyAndATrail() throws SQLException {
        long appSees;
        // Another organisation's employer with a contact person: a child row the application must not see as West.
        String rivierEmployer = Fixtures.employer(BROKER_RIVIER, Map.of());
        try (Connection c = Db.asOwner(); Statement st = c.createStatement()) {
            st.executeUpdate("insert into contact_person (id, employer_id, position, name) values (gen_random_uuid(), '"
                    + rivierEmployer + "', 0, 'Contact elders')");
        }
        try (Connection c = Db.asApp(); Statement st = c.createStatement()) {
            ResultSet role = st.executeQuery("select rolsuper, rolbypassrls from pg_roles where rolname = current_user");
            assertTrue(role.next());
            assertFalse(role.getBoolean(1), "the application's role must not be a superuser");
            assertFalse(role.getBoolean(2), "the application's role must not bypass row-level security");
            ResultSet owned = st.executeQuery("select count(*) from pg_tables where schemaname = 'public' "
                    + "and tableowner = current_user");
            owned.next();
            assertEquals(0, owned.getInt(1), "the application's role must own no table");

            // Without a caller nothing is visible; with one, only its organisation, also for writes.
            st.execute("select app_enter(false, null, null, null, 'probe', null)");
            ResultSet none = st.executeQuery("select count(*) from student");
            none.next();
            assertEquals(0, none.getInt(1));
            st.execute("select app_enter(false, '" + ORG_WEST + "', null, null, 'probe', 'broker')");
            ResultSet seen = st.executeQuery("select count(*) from student where organisation_id <> '" + ORG_WEST + "'");
            seen.next();
            assertEquals(0, seen.getInt(1));
            appSees = count(st, "select count(*) from survey_answer") + count(st, "select count(*) from contact_person");
            SQLException refused = assertThrows(SQLException.class, () -> st.executeUpdate("insert into setting_change "
                    + "(organisation_id, changed_at, changed_by, setting, new_value) values ('" + ORG_RIVIER
                    + "', now(), 'probe', 'probe', 'x')"));
            assertTrue(refused.getMessage().contains("row-level security"), refused.getMessage());
        }
        try (Connection c = Db.asOwner(); Statement st = c.createStatement()) {
            // Child rows: the application saw exactly West's, though other organisations have some too.
            assertEquals(count(st, "select count(*) from survey_answer a join survey_response r on r.id = a.response_id"
                    + " where r.organisation_id = '" + ORG_WEST + "'") + count(st, "select count(*) from contact_person p"
                    + " join employer e on e.id = p.employer_id where e.organisation_id = '" + ORG_WEST + "'"), appSees);
            assertTrue(count(st, "select count(*) from contact_person p join employer e on e.id = p.employer_id"
                    + " where e.organisation_id <> '" + ORG_WEST + "'") > 0, "other organisations' contact persons exist");
            List<String> unguarded = new ArrayList<>();
            ResultSet rs = st.executeQuery("""
                    select c.table_name,
                           coalesce((select relrowsecurity from pg_class where oid = ('public.' || c.table_name)::regclass), false),
                           exists (select 1 from pg_policy where polrelid = ('public.' || c.table_name)::regclass),
                           exists (select 1 from pg_trigger where tgrelid = ('public.' || c.table_name)::regclass
                                   and tgname = 'audit')
                    from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
                    where c.table_schema = 'public' and c.column_name = 'organisation_id' and t.table_type = 'BASE TABLE'
                    """);
            while (rs.next()) {
                String table = rs.getString(1);
                // The trails themselves (and the events derived from audited rows), survey answers, whose trail is their
                // response's, kept reports (counts computed from audited rows) and the search's copy of the students.
                boolean trailItself = List.of("audit_event", "timeline_entry", "setting_change", "survey_answer", "integration_event",
                        "webhook_delivery", "report_snapshot", "student_search").contains(table);
                if (!rs.getBoolean(2) || !rs.getBoolean(3) || (!trailItself && !rs.getBoolean(4))) {
                    unguarded.add(table);
                }
            }
            // Rows that belong to an organisation through their parent have the parent's wall.
            ResultSet children = st.executeQuery("select c.relname from pg_class c where c.relname in ('contact_person', "
                    + "'referral_eligibility_answer', 'survey_answer') and not (c.relrowsecurity and exists "
                    + "(select 1 from pg_policy p where p.polrelid = c.oid))");
            while (children.next()) {
                unguarded.add(children.getString(1));
            }
            assertEquals(List.of(), unguarded, "tables without row-level security, a policy or the audit trigger");
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> servingSchool(String school) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) em.createNativeQuery(
                "select cast(organisation_id as text) from organisation_school where school_id = cast(:s as uuid)")
                .setParameter("s", school).getResultList());
    }
}
