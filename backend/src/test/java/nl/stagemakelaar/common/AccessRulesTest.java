package nl.stagemakelaar.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stagemakelaar.support.Fixtures;
import nl.stagemakelaar.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import static nl.stagemakelaar.support.Api.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Access rules for every operation in the OpenAPI document the running application serves, so an operation
 * added later without a rule fails here: no token is 401, each role the operation does not list is 403,
 * and a real record of another organisation (or employer, or school) is 404 with a valid body.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessRulesTest {

    /** Operations that take no token, on purpose: the invitation link an employer opens before having an account. */
    static final Set<String> PUBLIC = Set.of("POST /api/v1/invitations/preview", "POST /api/v1/invitations/accept",
            "POST /api/v1/surveys/open", "POST /api/v1/surveys/answers", "GET /api/v1/sign-up/{organisationId}",
            "POST /api/v1/sign-up/{organisationId}", "POST /api/v1/sign-up/confirm", "POST /api/v1/kit-links/open",
            "POST /api/v1/kit-links/documents/{documentId}");

    /** One person per role; each is used where the operation does not allow that role. */
    static final Map<String, String> PERSONA = new LinkedHashMap<>(Map.of("broker", BROKER_WEST, "lead", LEAD_WEST,
            "mentor", MENTOR_DELTA, "employer", EMPLOYER_DEMO, "integration", "client:integration-west"));

    /** Path parameters filled with records the caller of the out-of-scope check must not reach. */
    final Map<String, String> westIds = new HashMap<>();
    final Map<String, String> rivierIds = new HashMap<>();
    final Map<String, String> otherEmployerIds = new HashMap<>();

    Map<String, Object> contract;

    /** Made on first use: Quarkus points REST Assured at the test port only once a test runs. */
    void records() {
        if (contract != null) {
            return;
        }
        contract = RestAssured.given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().as(Map.class);
        // Stagepunt West's records, for Rivier's broker.
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, PROGRAMME_RETAIL_2);
        String employer = Fixtures.employer(BROKER_WEST, Map.of());
        String place = Fixtures.place(BROKER_WEST, employer, Map.of());
        String placement = as(BROKER_WEST).body(Fixtures.proposal(student, place)).post("/api/v1/placements").then()
                .statusCode(201).extract().path("id");
        String contact = as(BROKER_WEST).body(Map.of("channel", "PHONE", "party", "STUDENT", "minutes", 5))
                .post("/api/v1/students/" + student + "/contacts").then().statusCode(201).extract().path("id");
        String file = RestAssured.given().auth().oauth2(Tokens.of(BROKER_WEST))
                .multiPart("file", "cv.pdf", "%PDF-1.4\n%%EOF".getBytes(), "application/octet-stream")
                .post("/api/v1/students/" + student + "/files").then().statusCode(201).extract().path("id");
        westIds.putAll(Map.of("students", student, "employers", employer, "places", place, "placements", placement,
                "contacts", contact, "files", file, "check-ins", "00000000-0000-4000-3000-000000000001",
                "referrals", "00000000-0000-4000-9000-000000000001"));
        westIds.put("applications", as(BROKER_WEST).body(ValidBodies.of("ApplicationInput"))
                .post("/api/v1/students/" + student + "/applications").then().statusCode(201).extract().path("id"));
        // Demo records of West that no student fixture has: an agreement on Bram's internship, his father.
        westIds.put("interventions", "00000000-0000-4000-5400-000000000001");
        westIds.put("guardians", "00000000-0000-4000-5100-000000000001");
        westIds.put("documents", "00000000-0000-4000-5b00-000000000001");
        westIds.put("templates", "00000000-0000-4000-5c00-000000000001");
        // Rivier's records, for West's lead (the only lead in the realm) and for mentors of other schools.
        rivierIds.put("students", Fixtures.student(BROKER_RIVIER, SCHOOL_RIVIER, null));
        rivierIds.put("staff", "broker.rivier");
        rivierIds.put("checklist", "00000000-0000-4000-f000-000000000011");
        // Rivier has no lead in the realm: its webhook endpoint is made in the database.
        String webhook = java.util.UUID.randomUUID().toString();
        try (var c = nl.stagemakelaar.support.Db.asOwner(); var st = c.createStatement()) {
            st.executeUpdate("insert into webhook_endpoint (id, organisation_id, url, events, secret, created_at, created_by) values ('"
                    + webhook + "', '" + ORG_RIVIER + "', 'https://127.0.0.1:9/rivier', '{referral.created}', 'x', now(), 'test')");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        rivierIds.put("webhooks", webhook);
        // Rivier's kit, made the same way: a document and a template for West's lead to miss.
        String document = java.util.UUID.randomUUID().toString();
        String template = java.util.UUID.randomUUID().toString();
        try (var c = nl.stagemakelaar.support.Db.asOwner(); var st = c.createStatement()) {
            st.executeUpdate("insert into kit_document (id, organisation_id, title, file_name, content_type, size_bytes, content,"
                    + " created_at, created_by) values ('" + document + "', '" + ORG_RIVIER + "', 'Rivier', 'r.pdf',"
                    + " 'application/pdf', 5, cast('%PDF-' as bytea), now(), 'test')");
            st.executeUpdate("insert into message_template (id, organisation_id, name, body, updated_at, updated_by) values ('"
                    + template + "', '" + ORG_RIVIER + "', '" + unique("Rivier ") + "', 'Hoi {voornaam}', now(), 'test')");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        rivierIds.put("documents", document);
        rivierIds.put("templates", template);
        rivierIds.put("referrals", as(MENTOR_RIVIER).body(ValidBodies.of("ReferralInput")).post("/api/v1/referrals")
                .then().statusCode(201).extract().path("id"));
        // Another employer's candidate and place, for employer.demo.
        String other = Fixtures.employer(BROKER_WEST, Map.of());
        String otherPlace = Fixtures.place(BROKER_WEST, other, Map.of());
        otherEmployerIds.put("placements", as(BROKER_WEST).body(Fixtures.proposal(
                Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null), otherPlace)).post("/api/v1/placements").then()
                .statusCode(201).extract().path("id"));
        otherEmployerIds.put("places", otherPlace);
    }

    record Operation(String method, String path, List<String> roles, String schema, boolean multipart) {
        String key() {
            return method + " " + path;
        }
    }

    @SuppressWarnings("unchecked")
    List<Operation> operations() {
        records();
        List<Operation> ops = new ArrayList<>();
        var paths = (Map<String, Map<String, Object>>) contract.get("paths");
        paths.forEach((path, methods) -> methods.forEach((method, o) -> {
            if (!Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                return;
            }
            var op = (Map<String, Object>) o;
            List<String> roles = new ArrayList<>();
            var security = (List<Map<String, List<String>>>) op.getOrDefault("security", List.of());
            security.forEach(s -> s.values().forEach(roles::addAll));
            String schema = null;
            var body = (Map<String, Object>) op.get("requestBody");
            boolean multipart = body != null && ((Map<String, Object>) body.get("content")).containsKey("multipart/form-data");
            if (body != null) {
                var json = (Map<String, Object>) ((Map<String, Object>) body.get("content")).get("application/json");
                if (json != null) {
                    String ref = (String) ((Map<String, Object>) json.get("schema")).get("$ref");
                    schema = ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
                }
            }
            ops.add(new Operation(method.toUpperCase(), path, roles, schema, multipart));
        }));
        return ops;
    }

    static RequestSpecification as(String persona) {
        return persona.startsWith("client:") ? asClient(persona.substring(7)) : nl.stagemakelaar.support.Api.as(persona);
    }

    static String fill(String template, Map<String, String> ids) {
        String[] parts = template.split("/");
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith("{")) {
                String resource = switch (part) {
                    case "{placementId}" -> "placements";
                    case "{employerId}" -> "employers";
                    case "{fileId}" -> "files";
                    case "{item}" -> null;
                    default -> parts[i - 1];
                };
                part = resource == null ? "CV" : ids.getOrDefault(resource, java.util.UUID.randomUUID().toString());
            }
            out.append('/').append(part);
        }
        return out.toString();
    }

    static Response send(RequestSpecification request, Operation op, String path) {
        if (op.multipart()) {
            request = request.contentType("multipart/form-data")
                    .multiPart("file", "cv.pdf", "%PDF-1.4\n%%EOF".getBytes(), "application/octet-stream");
        } else if (op.schema() != null) {
            request = request.body(ValidBodies.of(op.schema()));
        }
        return request.header("If-Match", "\"0\"").request(op.method(), path);
    }

    @Test
    void everyOperationHasARuleForNoTokenAndForEachRole() {
        List<String> wrong = new ArrayList<>();
        List<Operation> ops = operations();
        assertTrue(ops.size() >= 80, "the contract lists the operations: " + ops.size());
        for (Operation op : ops) {
            String path = fill(op.path(), westIds);
            if (op.roles().isEmpty()) {
                if (!PUBLIC.contains(op.key())) {
                    wrong.add(op.key() + ": no role listed, and not a known public operation");
                }
                continue;
            }
            int anonymous = send(RestAssured.given().contentType("application/json"), op, path).statusCode();
            if (anonymous != 401) {
                wrong.add(op.key() + " without a token: " + anonymous);
            }
            PERSONA.forEach((role, persona) -> {
                if (!op.roles().contains(role)) {
                    int status = send(as(persona), op, path).statusCode();
                    if (status != 403) {
                        wrong.add(op.key() + " as " + role + ": " + status);
                    }
                }
            });
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aRecordOutOfTheCallersScopeIsNotFound() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Operation op : operations()) {
            if (!op.path().contains("{") || op.roles().isEmpty()) {
                continue;
            }
            String persona;
            String path;
            if (op.roles().contains("broker")) {
                persona = BROKER_RIVIER;
                path = fill(op.path(), westIds);
            } else if (op.roles().contains("lead")) {
                persona = LEAD_WEST;
                path = fill(op.path(), rivierIds);
            } else if (op.roles().contains("employer")) {
                persona = EMPLOYER_DEMO;
                path = fill(op.path(), otherEmployerIds);
            } else {
                persona = MENTOR_DELTA;
                path = fill(op.path(), rivierIds);
            }
            int status = send(as(persona), op, path).statusCode();
            checked++;
            if (status != 404) {
                wrong.add(op.key() + " as " + persona + " on " + path + ": " + status);
            }
        }
        assertTrue(checked >= 50, "operations with an id: " + checked);
        assertEquals(List.of(), wrong);
    }

    /**
     * Purpose-limited views, generated from the contract like the rules above: every read a mentor, an employer or
     * an integration may make is called on records in its own scope whose sensitive fields (intake needs and notes,
     * contact summaries, confidential or not, guardians, hand-off reasons) carry a marker; no answer may contain it.
     * A new read without in-scope records for its path fails here until it gets them.
     */
    @Test
    @SuppressWarnings("unchecked")
    void noMentorEmployerOrIntegrationViewCarriesSensitiveCaseContent() {
        records();
        String marker = unique("GEVOELIG");
        // A student referred by Rivier's mentor and accepted, then filled with sensitive content.
        var referral = ValidBodies.referral();
        String referralId = as(MENTOR_RIVIER).body(referral).post("/api/v1/referrals").then().statusCode(201)
                .extract().path("id");
        String referred = as(BROKER_RIVIER).body(Map.of()).post("/api/v1/referrals/" + referralId
                + "/accept").then().statusCode(200).extract().path("studentId");
        sensitive(BROKER_RIVIER, referred, marker);
        // A West student proposed to employer.demo with a shared profile, filled the same way.
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, PROGRAMME_RETAIL_2);
        sensitive(BROKER_WEST, student, marker);
        String place = Fixtures.place(BROKER_WEST, EMPLOYER_DEMO_ID, Map.of());
        String placement = as(BROKER_WEST).body(Fixtures.proposal(student, place)).post("/api/v1/placements").then()
                .statusCode(201).extract().path("id");
        // The integration reads a West student with the same sensitive file, proposed with the free text marked.
        String integrated = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, PROGRAMME_RETAIL_2);
        sensitive(BROKER_WEST, integrated, marker);
        var marked = Fixtures.proposal(integrated, place);
        marked.putAll(Map.of("profile", marker, "strengths", marker, "supportToMention", marker));
        String markedPlacement = as(BROKER_WEST).body(marked).post("/api/v1/placements").then().statusCode(201)
                .extract().path("id");
        as(BROKER_WEST).header("If-Match", "\"0\"").body(Map.of("reason", marker))
                .post("/api/v1/placements/" + markedPlacement + "/withdraw").then().statusCode(200);
        var integrationScope = new HashMap<>(westIds);
        integrationScope.putAll(Map.of("students", integrated, "placements", markedPlacement));
        Map<String, Map<String, String>> scope = Map.of(
                "mentor", Map.of("referrals", referralId),
                "employer", Map.of("placements", placement, "places", place),
                "integration", integrationScope);
        Map<String, String> persona = Map.of("mentor", MENTOR_RIVIER, "employer", EMPLOYER_DEMO,
                "integration", "client:integration-west");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Operation op : operations()) {
            if (!op.method().equals("GET")) {
                continue;
            }
            for (String role : List.of("mentor", "employer", "integration")) {
                if (!op.roles().contains(role)) {
                    continue;
                }
                String path = fill(op.path(), scope.get(role));
                Response r = as(persona.get(role)).request("GET", path);
                String type = String.valueOf(r.contentType());
                if (r.statusCode() != 200) {
                    // A file that was not shared is simply not there; every other read must answer.
                    if (!(op.path().endsWith("/cv") && r.statusCode() == 404)) {
                        wrong.add(op.key() + " as " + role + " on " + path + ": " + r.statusCode());
                    }
                    continue;
                }
                checked++;
                if (type.startsWith("application/json") && r.asString().contains(marker)) {
                    wrong.add(op.key() + " as " + role + " shows sensitive case content");
                }
            }
        }
        assertTrue(checked >= 10, "reads checked: " + checked);
        assertEquals(List.of(), wrong);
    }

    /** Sensitive content on the student's file, each field carrying the marker. */
    static void sensitive(String broker, String student, String marker) {
        as(broker).header("If-Match", "\"-1\"").body(Map.of("needs", List.of("HOME_SITUATION"), "needsNote", marker,
                "alreadyDone", marker)).put("/api/v1/students/" + student + "/intake").then().statusCode(200);
        for (boolean confidential : new boolean[] {true, false}) {
            as(broker).body(Map.of("channel", "PHONE", "party", "STUDENT", "minutes", 5, "summary", marker,
                    "confidential", confidential)).post("/api/v1/students/" + student + "/contacts").then().statusCode(201);
        }
        as(broker).body(Map.of("name", marker, "relation", "PARENT", "mayContact", true, "note", marker))
                .post("/api/v1/students/" + student + "/guardians").then().statusCode(201);
        as(broker).body(Map.of("toKind", "YOUTH_WORKER", "toName", marker, "reason", marker))
                .post("/api/v1/students/" + student + "/hand-offs").then().statusCode(201);
    }
}
