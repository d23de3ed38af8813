package nl.stagemakelaar.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.stagemakelaar.support.Fixtures;
import nl.stagemakelaar.support.Tokens;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input is a 4xx problem naming the field, never a 500: found by a fuzz of every request body. */
@QuarkusTest
class InputSafetyTest {

    static final String NUL = "Ab\u0000c";

    @SuppressWarnings("unchecked")
    static Map<String, Object> schemas() {
        Map<String, Object> contract = RestAssured.given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().as(Map.class);
        return (Map<String, Object>) ((Map<String, Object>) contract.get("components")).get("schemas");
    }

    /** Where each request schema is sent, by whom; the ids do not matter: validation answers first. */
    static final Map<String, String[]> TARGETS = Map.ofEntries(
            Map.entry("StudentInput", new String[] {BROKER_WEST, "POST", "/api/v1/students"}),
            Map.entry("EmployerInput", new String[] {BROKER_WEST, "POST", "/api/v1/employers"}),
            Map.entry("PlaceInput", new String[] {BROKER_WEST, "POST", "/api/v1/places"}),
            Map.entry("PortalPlaceInput", new String[] {EMPLOYER_DEMO, "POST", "/api/v1/portal/places"}),
            Map.entry("PortalProfileInput", new String[] {EMPLOYER_DEMO, "PUT", "/api/v1/portal/profile"}),
            Map.entry("ReferralInput", new String[] {MENTOR_RIVIER, "POST", "/api/v1/referrals"}),
            Map.entry("IntakeInput", new String[] {BROKER_WEST, "PUT", "/api/v1/students/%s/intake"}),
            Map.entry("ContactInput", new String[] {BROKER_WEST, "POST", "/api/v1/students/%s/contacts"}),
            Map.entry("EmployerContactInput", new String[] {BROKER_WEST, "POST", "/api/v1/employers/%s/contacts"}),
            Map.entry("QuestionInput", new String[] {LEAD_WEST, "PUT", "/api/v1/settings/checklist/%s"}),
            Map.entry("PlacementFound", new String[] {BROKER_WEST, "POST", "/api/v1/placements/found"}),
            Map.entry("OutreachInput", new String[] {BROKER_WEST, "POST", "/api/v1/students/%s/outreach"}),
            Map.entry("ApplicationInput", new String[] {BROKER_WEST, "POST", "/api/v1/students/%s/applications"}),
            Map.entry("ApplicationUpdate", new String[] {BROKER_WEST, "PUT", "/api/v1/applications/%s"}),
            Map.entry("ApplicationHired", new String[] {BROKER_WEST, "POST", "/api/v1/applications/%s/hired"}),
            Map.entry("SignUpSettingsInput", new String[] {LEAD_WEST, "PUT", "/api/v1/settings/sign-up"}),
            Map.entry("SchoolRelationInput", new String[] {LEAD_WEST, "PUT", "/api/v1/school-relations/%s"}),
            Map.entry("SchoolUpdateInput", new String[] {BROKER_WEST, "POST", "/api/v1/students/%s/school-updates"}),
            Map.entry("SchoolAnswerInput", new String[] {BROKER_WEST, "PUT", "/api/v1/referrals/%s/school-answer"}),
            Map.entry("MessageTemplateInput", new String[] {LEAD_WEST, "POST", "/api/v1/kit/templates"}),
            Map.entry("KitSendInput", new String[] {BROKER_WEST, "POST", "/api/v1/students/%s/kit-sends"}),
            Map.entry("SignUpInput", new String[] {BROKER_WEST, "POST", "/api/v1/sign-up/" + ORG_WEST}),
            Map.entry("SignUpConfirmInput", new String[] {BROKER_WEST, "POST", "/api/v1/sign-up/confirm"}),
            Map.entry("PlacementPropose", new String[] {BROKER_WEST, "POST", "/api/v1/placements"}),
            Map.entry("PlacementDecline", new String[] {BROKER_WEST, "POST", "/api/v1/placements/%s/decline"}),
            Map.entry("PlacementEndEarly", new String[] {BROKER_WEST, "POST", "/api/v1/placements/%s/end-early"}),
            Map.entry("PlacementWithdraw", new String[] {BROKER_WEST, "POST", "/api/v1/placements/%s/withdraw"}),
            Map.entry("PortalEvaluation", new String[] {EMPLOYER_DEMO, "POST", "/api/v1/portal/placements/%s/evaluation"}),
            Map.entry("BrokerCheckInInput", new String[] {BROKER_WEST, "POST", "/api/v1/placements/%s/check-ins"}),
            Map.entry("CheckInInput", new String[] {EMPLOYER_DEMO, "POST", "/api/v1/portal/placements/%s/check-ins"}),
            Map.entry("InvitationInput", new String[] {BROKER_WEST, "POST", "/api/v1/employers/%s/invitations"}),
            Map.entry("ReferralDecline", new String[] {BROKER_WEST, "POST", "/api/v1/referrals/%s/decline"}),
            Map.entry("ReferralWaitlist", new String[] {BROKER_WEST, "POST", "/api/v1/referrals/%s/waitlist"}),
            Map.entry("Assignment", new String[] {LEAD_WEST, "POST", "/api/v1/students/%s/assignment"}),
            Map.entry("ConsentWithdrawal", new String[] {BROKER_WEST, "POST", "/api/v1/students/%s/consents/withdrawal"}),
            Map.entry("IntensityChange", new String[] {BROKER_WEST, "POST", "/api/v1/students/%s/guidance-intensity"}),
            Map.entry("PhaseChange", new String[] {BROKER_WEST, "POST", "/api/v1/students/%s/phase"}),
            Map.entry("GuardianInput", new String[] {BROKER_WEST, "POST", "/api/v1/students/%s/guardians"}),
            Map.entry("HandOffInput", new String[] {BROKER_WEST, "POST", "/api/v1/students/%s/hand-offs"}),
            Map.entry("InterventionInput", new String[] {BROKER_WEST, "POST", "/api/v1/placements/%s/interventions"}),
            Map.entry("InterventionOutcomeInput", new String[] {BROKER_WEST, "PUT", "/api/v1/interventions/%s/outcome"}),
            Map.entry("CaseClosureInput", new String[] {BROKER_WEST, "POST", "/api/v1/students/%s/closure"}),
            Map.entry("CaseReopeningInput", new String[] {BROKER_WEST, "POST", "/api/v1/students/%s/reopening"}),
            Map.entry("SurveySendInput", new String[] {BROKER_WEST, "POST", "/api/v1/students/%s/surveys"}),
            Map.entry("WebhookEndpointInput", new String[] {LEAD_WEST, "POST", "/api/v1/webhooks"}),
            Map.entry("SurveyAnswersInput", new String[] {BROKER_WEST, "POST", "/api/v1/surveys/answers"}),
            Map.entry("LinkTokenInput", new String[] {BROKER_WEST, "POST", "/api/v1/surveys/open"}),
            Map.entry("InvitationAccept", new String[] {BROKER_WEST, "POST", "/api/v1/invitations/accept"}));

    static Response send(String schema, Object body) {
        String[] t = TARGETS.get(schema);
        // The public pages are rate-limited per address; this test sends far more than a minute's worth on purpose.
        io.quarkus.arc.Arc.container().instance(nl.stagemakelaar.security.LinkRateLimit.class).get().reset();
        return as(t[0]).header("If-Match", "\"0\"").body(body)
                .request(t[1], String.format(t[2], java.util.UUID.randomUUID()));
    }

    /** Every text property of the body, as "path" → maxLength (0 when it has none), through nested objects. */
    @SuppressWarnings("unchecked")
    static void texts(Map<String, Object> schemas, Map<String, Object> schema, String prefix, Map<String, Integer> out) {
        var properties = (Map<String, Map<String, Object>>) schema.getOrDefault("properties", Map.of());
        properties.forEach((name, p) -> {
            String ref = (String) p.get("$ref");
            if (ref != null) {
                var target = (Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
                if ("object".equals(target.get("type"))) {
                    texts(schemas, target, prefix + name + ".", out);
                }
            } else if ("string".equals(p.get("type")) && p.get("format") == null) {
                out.put(prefix + name, p.get("maxLength") == null ? 0 : ((Number) p.get("maxLength")).intValue());
            } else if ("array".equals(p.get("type"))) {
                out.put(prefix + name + "[]", 0);
            }
        });
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> with(Map<String, Object> body, String path, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        int dot = path.indexOf('.');
        if (dot < 0) {
            copy.put(path, value);
        } else {
            String head = path.substring(0, dot);
            var inner = (Map<String, Object>) copy.getOrDefault(head, Map.of());
            copy.put(head, with(inner, path.substring(dot + 1), value));
        }
        return copy;
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyTextOnePastItsLimitWithANulOrAListWithNullIsA400NamingTheField() {
        var schemas = schemas();
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (String name : TARGETS.keySet()) {
            Map<String, Integer> fields = new java.util.TreeMap<>();
            texts(schemas, (Map<String, Object>) schemas.get(name), "", fields);
            Map<String, Object> valid = ValidBodies.of(name);
            for (var f : fields.entrySet()) {
                List<Object[]> cases = new ArrayList<>();
                String field = f.getKey();
                if (field.endsWith("[]")) {
                    List<Object> withNull = new ArrayList<>();
                    withNull.add(null);
                    cases.add(new Object[] {field.substring(0, field.length() - 2), withNull,
                            field.substring(0, field.length() - 2)});
                } else {
                    cases.add(new Object[] {field, NUL, field});
                    if (f.getValue() > 0) {
                        cases.add(new Object[] {field, "x".repeat(f.getValue() + 1), field});
                    }
                }
                for (Object[] c : cases) {
                    Response r = send(name, with(valid, (String) c[0], c[1]));
                    sent++;
                    List<String> named = r.statusCode() == 400 ? r.jsonPath().getList("errors.field") : List.of();
                    boolean ok = r.statusCode() == 400 && "application/problem+json".equals(r.contentType())
                            && named.stream().anyMatch(n -> n.startsWith((String) c[2]));
                    if (!ok) {
                        String shown = c[1] instanceof String s && s.length() > 12 ? s.length() + " chars" : String.valueOf(c[1]);
                        wrong.add(name + "." + c[0] + " = " + shown.replace("\u0000", "\\0") + ": " + r.statusCode()
                                + " " + named);
                    }
                }
            }
        }
        assertTrue(sent > 100, "cases sent: " + sent);
        assertEquals(List.of(), wrong);
    }

    /** Request schemas without a text field; every other one must be in TARGETS, so a new one is fuzzed too. */
    static final java.util.Set<String> NO_TEXT = java.util.Set.of("PlacementAccept", "PlacementComplete",
            "PlacementInterview", "PlacementStart", "PortalAccept", "PortalHours", "StatusInput", "ReferralAccept",
            "OrganisationSettingsInput", "ServedSchoolsInput", "CapacityInput", "QuestionOrderInput", "CadenceInput", "ConsentInput");

    /** Rows of an import file: a whole file is not a body to fuzz; ImportTest sends NULs, nulls, lists and formulas in them. */
    static final java.util.Set<String> IMPORT_ROWS = java.util.Set.of("PlaceImportRow", "StudentImportRow");

    @Test
    @SuppressWarnings("unchecked")
    void everyRequestSchemaIsFuzzed() {
        Map<String, Object> contract = RestAssured.given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().as(Map.class);
        java.util.Set<String> bodies = new java.util.TreeSet<>();
        ((Map<String, Map<String, Map<String, Object>>>) contract.get("paths")).values().forEach(methods ->
                methods.values().forEach(op -> {
                    var content = (Map<String, Map<String, Map<String, String>>>) ((Map<String, Object>) op
                            .getOrDefault("requestBody", Map.of())).get("content");
                    if (content != null && content.containsKey("application/json")) {
                        Map<String, Object> schema = (Map<String, Object>) (Object) content.get("application/json").get("schema");
                        String ref = (String) (schema.containsKey("items") ? ((Map<String, Object>) schema.get("items")).get("$ref")
                                : schema.get("$ref"));
                        bodies.add(ref.substring(ref.lastIndexOf('/') + 1));
                    }
                }));
        bodies.removeAll(TARGETS.keySet());
        bodies.removeAll(NO_TEXT);
        bodies.removeAll(IMPORT_ROWS);
        assertEquals(java.util.Set.of(), bodies, "add these request schemas to TARGETS (or NO_TEXT)");
    }

    @Test
    void aNulInAQueryParameterIsA400NamingIt() {
        as(BROKER_WEST).queryParam("q", NUL).get("/api/v1/students").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("q"))
                .body("errors[0].code", is("Characters"));
        as(BROKER_WEST).queryParam("q", NUL).get("/api/v1/employers").then().statusCode(400).body("errors[0].field", is("q"));
    }

    @Test
    void valuesAtTheirMaximumLengthAreStored() {
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, PROGRAMME_RETAIL_2);
        // The longest evaluation an employer may write also fits the timeline line it leaves.
        String pid = Fixtures.runningInternship(Map.of("studentId", student, "employerId", EMPLOYER_DEMO_ID,
                "profile", "p".repeat(2000), "strengths", "s".repeat(1000), "supportToMention", "m".repeat(1000),
                "consentToShare", true, "consentDate", LocalDate.now().toString()));
        as(EMPLOYER_DEMO).body(Map.of("rating", 5, "text", "e".repeat(2000)))
                .post("/api/v1/portal/placements/" + pid + "/evaluation").then().statusCode(200);
        as(EMPLOYER_DEMO).body(Map.of("signal", "CONCERN", "note", "n".repeat(1000)))
                .post("/api/v1/portal/placements/" + pid + "/check-ins").then().statusCode(201);
        as(BROKER_WEST).header("If-Match", "\"-1\"").body(Map.of("alreadyDone", "a".repeat(2000), "needsNote", "n".repeat(2000),
                        "strengths", "s".repeat(2000), "preferredSectors", "p".repeat(500), "preferredWork", "w".repeat(1000),
                        "homeCity", "h".repeat(100), "availability", "v".repeat(1000)))
                .put("/api/v1/students/" + student + "/intake").then().statusCode(200);
        as(BROKER_WEST).body(Map.of("channel", "PHONE", "party", "STUDENT", "minutes", 5, "summary", "s".repeat(2000)))
                .post("/api/v1/students/" + student + "/contacts").then().statusCode(201);
        as(BROKER_WEST).body(Map.of("newEmployerName", unique("n").repeat(1) + "n".repeat(180), "channel", "PHONE",
                "result", "DECLINED", "declineReason", "d".repeat(500))).post("/api/v1/students/" + student + "/outreach")
                .then().statusCode(201);
        as(BROKER_WEST).body(Map.of("guidanceIntensity", "INTENSIVE", "reason", "r".repeat(1000)))
                .post("/api/v1/students/" + student + "/guidance-intensity").then().statusCode(200);
        String employer = as(BROKER_WEST).body(Map.of("name", unique("W") + "n".repeat(180), "city", "c".repeat(100),
                "website", "https://" + "w".repeat(280) + ".nl", "street", "s".repeat(200), "sbbNumber", "1".repeat(20),
                "supportNote", "n".repeat(1000), "ownerBroker", "broker.west",
                "contactPersons", List.of(Map.of("name", "n".repeat(150), "role", "r".repeat(100))),
                "sectors", List.of("a".repeat(50), "b".repeat(50), "c".repeat(50), "d".repeat(50), "e".repeat(50))))
                .post("/api/v1/employers").then().statusCode(201).extract().path("id");
        as(BROKER_WEST).body(Map.of("employerId", employer, "title", "t".repeat(200), "sector", "s".repeat(100),
                "city", "c".repeat(100))).post("/api/v1/places").then().statusCode(201);
        var longest = ValidBodies.of("StudentInput");
        longest.putAll(Map.of("firstName", "f".repeat(100), "lastName", unique("l") + "l".repeat(80), "schoolId", SCHOOL_DELTA));
        as(BROKER_WEST).body(longest).post("/api/v1/students").then().statusCode(201);
        var referral = ValidBodies.referral();
        referral.putAll(Map.of("student", Map.of("firstName", "f".repeat(100), "lastName", unique("l") + "l".repeat(80),
                        "dateOfBirth", "2007-01-01"), "referrer", Map.of("kind", "MENTOR", "name", "n".repeat(150)),
                "reason", "OTHER", "reasonOther", "o".repeat(500), "schoolActions", "s".repeat(2000)));
        as(MENTOR_RIVIER).body(referral).post("/api/v1/referrals").then().statusCode(201);
        as(EMPLOYER_DEMO).body(Map.of("title", "t".repeat(200), "sector", "s".repeat(100), "city", "c".repeat(100)))
                .post("/api/v1/portal/places").then().statusCode(201);
        // Sectors together past the column: a 400 on the field, not a database error.
        as(BROKER_WEST).body(Map.of("name", unique("W"), "sectors", List.of("a".repeat(50), "b".repeat(50),
                "c".repeat(50), "d".repeat(50), "e".repeat(50), "f".repeat(50), "g".repeat(50))))
                .post("/api/v1/employers").then().statusCode(400).body("errors[0].field", is("sectors"));
    }

    @Test
    void datesAndAddressesTheDatabaseWouldRefuseAreA400() {
        var student = ValidBodies.of("StudentInput");
        student.put("schoolId", SCHOOL_DELTA);
        student.put("dateOfBirth", "1899-12-31");
        as(BROKER_WEST).body(student).post("/api/v1/students").then().statusCode(400)
                .body("errors[0].field", is("dateOfBirth"));
        var referral = ValidBodies.referral();
        referral.put("student", Map.of("firstName", "Oud", "lastName", "Test", "dateOfBirth", "1900-01-01"));
        as(MENTOR_RIVIER).body(referral).post("/api/v1/referrals").then().statusCode(400)
                .body("errors[0].field", is("student.dateOfBirth"));
        // A portal user's e-mail is their name in every "changed by" column (100 characters).
        String longMail = "a".repeat(89) + "@example.nl";
        as(BROKER_WEST).body(Map.of("email", longMail, "firstName", "Lang", "lastName", "Adres"))
                .post("/api/v1/employers/" + EMPLOYER_DEMO_ID + "/invitations").then().statusCode(400)
                .body("errors[0].field", is("email"));
    }

    static List<Integer> concurrently(int n, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CyclicBarrier start = new CyclicBarrier(n);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void racesOnAUniqueKeyAreA409() throws Exception {
        String kvk = String.valueOf(10_000_000 + (System.nanoTime() / 1000) % 89_999_999);
        List<Integer> kvkRace = concurrently(6, () -> as(BROKER_WEST).body(Map.of("name", unique("Race "), "kvkNumber", kvk))
                .post("/api/v1/employers").statusCode());
        assertEquals(1, kvkRace.stream().filter(s -> s == 201).count(), "one wins: " + kvkRace);
        assertTrue(kvkRace.stream().allMatch(s -> s == 201 || s == 409), "the others are told: " + kvkRace);

        // Two employers accept two proposals of one student at the same moment: one internship.
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        List<String> proposals = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            proposals.add(as(BROKER_WEST).body(Map.of("studentId", student, "employerId",
                    Fixtures.employer(BROKER_WEST, Map.of()), "profile", "x", "consentToShare", true,
                    "consentDate", LocalDate.now().toString())).post("/api/v1/placements").then().statusCode(201)
                    .extract().path("id"));
        }
        var index = new java.util.concurrent.atomic.AtomicInteger();
        List<Integer> acceptRace = concurrently(2, () -> as(BROKER_WEST).header("If-Match", "\"0\"")
                .body(Map.of("startDate", LocalDate.now().toString()))
                .post("/api/v1/placements/" + proposals.get(index.getAndIncrement()) + "/accept").statusCode());
        assertEquals(1, acceptRace.stream().filter(s -> s == 200).count(), "one internship: " + acceptRace);
        // The loser is told either way: 409 when both ran at once, 412 when the winner had already ended its proposal.
        assertTrue(acceptRace.stream().allMatch(s -> s == 200 || s == 409 || s == 412), acceptRace.toString());

        // The first intake save and the first checklist change of a student, twice at once.
        String other = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        List<Integer> intakeRace = concurrently(4, () -> as(BROKER_WEST).header("If-Match", "\"-1\"")
                .body(Map.of("strengths", "Doorzetter")).put("/api/v1/students/" + other + "/intake").statusCode());
        assertEquals(1, intakeRace.stream().filter(s -> s == 200).count(), "one first save: " + intakeRace);
        assertTrue(intakeRace.stream().allMatch(s -> s == 200 || s == 409 || s == 412), intakeRace.toString());
        List<Integer> checklistRace = concurrently(4, () -> as(BROKER_WEST).body(Map.of("status", "DONE"))
                .put("/api/v1/students/" + other + "/preparation/CV").statusCode());
        assertTrue(checklistRace.stream().anyMatch(s -> s == 200), checklistRace.toString());
        assertTrue(checklistRace.stream().allMatch(s -> s == 200 || s == 409 || s == 412), checklistRace.toString());
    }

    @Test
    void aZipBombIsRefusedAndAnUploadWithoutATokenIs401() throws Exception {
        String student = Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros); // 200 MB of zeros packs to a few hundred kB
            }
        }
        assertTrue(out.size() < 1_000_000, "the bomb is small: " + out.size());
        RestAssured.given().auth().oauth2(Tokens.of(BROKER_WEST))
                .multiPart("file", "cv.docx", out.toByteArray(), "application/octet-stream")
                .post("/api/v1/students/" + student + "/files").then().statusCode(415).body("errors[0].field", is("file"));
        RestAssured.given().post("/api/v1/students/" + student + "/files").then().statusCode(401)
                .contentType("application/problem+json");
        RestAssured.given().contentType("text/plain").body("x").put("/api/v1/students/" + student).then().statusCode(401);
    }
}
