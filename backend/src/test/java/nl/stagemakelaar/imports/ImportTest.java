package nl.stagemakelaar.imports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import nl.stagemakelaar.support.Db;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bulk imports of places and students: every row checked and reported by number and field, nothing written on a dry
 * run, valid rows written and broken rows left out, and a re-import of the same file that updates instead of
 * duplicating.
 */
@QuarkusTest
class ImportTest {

    static RequestSpecification csv(RequestSpecification as, byte[] body) {
        // REST Assured would add its own charset to text/csv; the file says what it is, as a browser's upload does.
        return as.config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false))).contentType("text/csv").body(body);
    }

    static RequestSpecification csv(RequestSpecification as, String body) {
        return csv(as, body.getBytes(StandardCharsets.UTF_8));
    }

    static String kvk() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    }

    static long placesWithReference(String reference) {
        return Db.count("select count(*) from internship_place where reference like '" + reference + "%'");
    }

    @Test
    void placesFromASpreadsheetWithADryRunFirstThenOnceAndAgain() {
        String ref = unique("REF");
        String kvkNew = kvk();
        String existing = nl.stagemakelaar.support.Fixtures.employer(BROKER_WEST, Map.of("kvkNumber", kvk()));
        String kvkExisting = as(BROKER_WEST).get("/api/v1/employers/" + existing).then().extract().path("kvkNumber");
        // A Dutch Excel file: semicolons, a byte order mark, Dutch dates, a quoted cell with the separator in it.
        String file = "\uFEFFemployerKvk;employerName;employerCity;reference;title;levelMin;levelMax;startDate;hoursPerWeek\n"
                + kvkNew + ";Bakkerij Özdemir;Zaandam;" + ref + "-1;\"Verkoop; bakkerij\";1;2;1-9-2026;32\n"
                + kvkNew + ";Bakkerij Özdemir;Zaandam;" + ref + "-2;Productie;2;2;2026-09-01;\n"
                + kvkExisting + ";;;" + ref + "-3;Magazijn;;;;\n"
                + kvkNew + ";;;" + ref + "-4;;3;1;31-02-2026;70\n"          // no title, levels reversed, no such date, too many hours
                + "1234;X;;" + ref + "-5;=cmd|' /C calc'!A0;;;;\n"          // a KvK number too short, a formula
                + kvkNew + ";;;" + ref + "-1;Dubbel;;;;\n"                  // the same place as row 2
                + kvk() + ";;;" + ref + "-7;Nieuw bedrijf zonder naam;;;;\n"; // an employer not in the network, no name

        var dry = csv(as(BROKER_WEST), file).post("/api/v1/imports/places?dryRun=true").then().statusCode(200)
                .body("dryRun", is(true)).body("rows", is(7)).body("created", is(3)).body("failed", is(4))
                .body("results.row", contains(2, 3, 4)).body("results.action", everyItem(is("CREATED")))
                .body("results.id", everyItem(nullValue()));
        assertRowErrors(dry, Map.of(5, List.of("title", "levelMax", "startDate", "hoursPerWeek"),
                6, List.of("employerKvk", "title"), 7, List.of("reference"), 8, List.of("employerName")));
        assertEquals(0, placesWithReference(ref), "a dry run writes nothing");

        var first = csv(as(BROKER_WEST), file).post("/api/v1/imports/places").then().statusCode(200)
                .body("dryRun", is(false)).body("created", is(3)).body("updated", is(0)).body("failed", is(4))
                .body("errors.find { it.row == 6 && it.field == 'title' }.message", containsString("formula"))
                .body("errors.find { it.row == 6 && it.field == 'title' }.code", is("Formula"))
                .body("errors.find { it.row == 7 }.code", is("Duplicate"))
                .extract();
        assertEquals(3, placesWithReference(ref));
        String placeId = first.path("results.find { it.row == 2 }.id");
        as(BROKER_WEST).get("/api/v1/places/" + placeId).then().statusCode(200)
                .body("title", is("Verkoop; bakkerij")).body("reference", is(ref + "-1")).body("startDate", is("2026-09-01"))
                .body("employerName", is("Bakkerij Özdemir")).body("city", is("Zaandam")).body("source", is("FEED"));
        String third = first.path("results.find { it.row == 4 }.id");
        as(BROKER_WEST).get("/api/v1/places/" + third).then().body("employerId", is(existing));
        assertEquals(1, Db.count("select count(*) from employer where kvk_number = '" + kvkNew + "'"),
                "one new employer for its two places");

        // The same file again: nothing new, nothing changed; then one title changed: that place is updated.
        csv(as(BROKER_WEST), file).post("/api/v1/imports/places").then().statusCode(200)
                .body("created", is(0)).body("unchanged", is(3)).body("results.id", hasItem(placeId));
        String changed = file.replace("Productie", "Productie en inpak");
        csv(as(BROKER_WEST), changed).post("/api/v1/imports/places?dryRun=true").then()
                .statusCode(200).body("created", is(0)).body("updated", is(1)).body("unchanged", is(2));
        assertEquals(0, Db.count("select count(*) from internship_place where title = 'Productie en inpak' and reference = '"
                + ref + "-2'"), "a dry run writes nothing");
        csv(as(BROKER_WEST), changed).post("/api/v1/imports/places").then()
                .statusCode(200).body("created", is(0)).body("updated", is(1)).body("unchanged", is(2));
        assertEquals(3, placesWithReference(ref));
        // A broker's edit without the reference keeps it, so the next import still matches.
        var place = as(BROKER_WEST).get("/api/v1/places/" + placeId).then().extract();
        as(BROKER_WEST).header("If-Match", place.header("ETag")).body(Map.of("employerId", place.path("employerId"),
                "title", "Verkoop bakkerij (aangepast)")).put("/api/v1/places/" + placeId).then().statusCode(200)
                .body("reference", is(ref + "-1")).body("certificateOfConductRequired", is(false));
        // A feed that says a place asks for a certificate of conduct (VOG), in Dutch.
        csv(as(BROKER_WEST), "employerKvk;reference;title;certificateOfConductRequired\n" + kvkNew + ";" + ref
                + "-2;Productie en inpak;ja\n").post("/api/v1/imports/places").then().statusCode(200).body("updated", is(1));
        as(BROKER_WEST).get("/api/v1/places/" + first.path("results.find { it.row == 3 }.id")).then()
                .body("certificateOfConductRequired", is(true)).body("title", is("Productie en inpak"));
    }

    @Test
    void aJsonArrayWithBrokenRowsAndAnotherOrganisationsNetwork() {
        String ref = unique("JSON");
        String kvk = kvk();
        String body = "[{\"employerKvk\": \"" + kvk + "\", \"employerName\": \"Garage Ünal\", \"reference\": \"" + ref
                + "\", \"title\": \"Monteur\", \"levelMin\": 2, \"places\": 3},"
                + " null, {\"employerKvk\": \"" + kvk + "\", \"reference\": \"x\", \"title\": [\"a\"], \"salary\": 5},"
                + " \"text\", {\"employerKvk\": \"" + kvk + "\", \"reference\": \"" + ref + "-nul\", \"title\": \"A\\u0000B\"}]";
        var r = asClient("integration-west").body(body).post("/api/v1/imports/places").then().statusCode(200)
                .body("rows", is(5)).body("created", is(1)).body("failed", is(4));
        assertRowErrors(r, Map.of(2, List.of("row"), 3, List.of("title", "salary"), 4, List.of("row"), 5, List.of("title")));
        // Rivier's system imports the same KvK number: its own network gets the employer; West's is not touched.
        asClient("integration-rivier").body("[{\"employerKvk\": \"" + kvk + "\", \"employerName\": \"Garage Ünal\","
                + " \"reference\": \"" + ref + "\", \"title\": \"Monteur bij Rivier\"}]").post("/api/v1/imports/places")
                .then().statusCode(200).body("created", is(1));
        assertEquals(2, Db.count("select count(*) from employer where kvk_number = '" + kvk + "'"));
        as(BROKER_WEST).get("/api/v1/places?employerId=" + Db.text("select id from employer where kvk_number = '" + kvk
                + "' and organisation_id = '" + ORG_WEST + "'")).then().body("items.title", contains("Monteur"));
    }

    @Test
    void aFileThatCannotBeReadIsRefusedAsAWhole() {
        String header = "employerKvk;reference;title\n";
        // Excel's plain "CSV" is Windows-1252: the ë of Zoë is not UTF-8.
        byte[] cp1252 = (header + kvk() + ";R1;Stage bij Zoë\n").getBytes(Charset.forName("windows-1252"));
        csv(as(BROKER_WEST), cp1252).post("/api/v1/imports/places").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("file"))
                .body("errors[0].message", containsString("UTF-8"));
        as(BROKER_WEST).contentType("text/csv; charset=ISO-8859-1").body(cp1252).post("/api/v1/imports/places").then()
                .statusCode(400).body("errors[0].field", is("file"));
        csv(as(BROKER_WEST), "employerKvk;reference;titel\n1;2;3\n").post("/api/v1/imports/places").then().statusCode(400)
                .body("errors[0].field", is("titel")).body("errors[0].message", containsString("unknown column"));
        csv(as(BROKER_WEST), "employerKvk;title\n12345678;A\n").post("/api/v1/imports/places").then().statusCode(400)
                .body("errors[0].field", is("reference"));
        csv(as(BROKER_WEST), header).post("/api/v1/imports/places").then().statusCode(400)
                .body("errors[0].field", is("file"));
        csv(as(BROKER_WEST), header + "12345678;\"R1;Open quote\n").post("/api/v1/imports/places").then().statusCode(400)
                .body("errors[0].field", is("file"));
        as(BROKER_WEST).body("{\"employerKvk\": \"12345678\"}").post("/api/v1/imports/places").then().statusCode(400)
                .body("errors[0].field", is("file"));
        as(BROKER_WEST).body("[{").post("/api/v1/imports/places").then().statusCode(400).body("errors[0].field", is("file"));
        as(BROKER_WEST).contentType("application/xml").body("<a/>").post("/api/v1/imports/places").then().statusCode(415);
        csv(as(BROKER_WEST), header).post("/api/v1/imports/places?dryRun=misschien").then().statusCode(400)
                .body("errors[0].field", is("dryRun"));
        StringBuilder tooMany = new StringBuilder(header);
        for (int i = 0; i <= ImportFile.MAX_ROWS; i++) {
            tooMany.append("12345678;R").append(i).append(";T\n");
        }
        csv(as(BROKER_WEST), tooMany.toString()).post("/api/v1/imports/places?dryRun=true").then().statusCode(400)
                .body("errors[0].code", is("TooManyRows"));
    }

    @Test
    void studentsFromASchoolsListMatchedOnTheirNumberAtTheSchool() {
        String prefix = unique("LL");
        String minorBirth = LocalDate.now().minusYears(15).toString();
        String file = "schoolId,schoolNumber,firstName,lastName,dateOfBirth,email,phone,programmeId,consentDate,guardianConsent\n"
                + SCHOOL_DELTA + "," + prefix + "1,Aïcha,El Idrissi,2007-05-01,aicha@example.org,0612345678," + PROGRAMME_RETAIL_2 + ",2026-11-01,\n"
                + SCHOOL_DELTA + "," + prefix + "2,Daan,de Vries,2008-01-15,,,,2026-11-01,nee\n"
                + SCHOOL_DELTA + "," + prefix + "3,Jong,Genoeg,\"" + minorBirth + "\",,,,2026-11-01,nee\n"  // under 16, no guardian
                + SCHOOL_RIVIER + "," + prefix + "4,Van,Elders,2007-01-01,,,,2026-11-01,\n"             // a school West does not serve
                + SCHOOL_DELTA + "," + prefix + "5,Zonder,Toestemming,2007-01-01,,,,,\n"                // new, no consent date
                + SCHOOL_DELTA + "," + prefix + "6,Fout,Adres,2007-01-01,geen-adres,06-abc,,2026-11-01,\n"
                + SCHOOL_DELTA + "," + prefix + "1,Aïcha,Dubbel,2007-05-01,,,,2026-11-01,\n";
        var first = csv(asClient("integration-west"), file).post("/api/v1/imports/students").then().statusCode(200)
                .body("created", is(2)).body("failed", is(5));
        assertRowErrors(first, Map.of(4, List.of("guardianConsent"), 5, List.of("schoolId"), 6, List.of("consentDate"),
                7, List.of("email", "phone"), 8, List.of("schoolNumber")));
        String aicha = first.extract().path("results.find { it.row == 2 }.id");
        as(LEAD_WEST).get("/api/v1/students/" + aicha).then().statusCode(200).body("firstName", is("Aïcha"))
                .body("schoolNumber", is(prefix + "1")).body("phase", is("INTAKE")).body("assignedBroker", nullValue())
                .body("programme.id", is(PROGRAMME_RETAIL_2)).body("educationLevel", is("MBO_2"));
        as(LEAD_WEST).get("/api/v1/students/" + aicha + "/consents").then().statusCode(200)
                .body("purpose", hasItem("CASE")).body("givenOn", hasItem("2026-11-01"));

        // Next month's list: the same students, Daan with a new phone number; no consent needed for known students.
        String next = "schoolId;schoolNumber;firstName;lastName;dateOfBirth;phone\n"
                + SCHOOL_DELTA + ";" + prefix + "1;Aïcha;El Idrissi;1-5-2007;0612345678\n"
                + SCHOOL_DELTA + ";" + prefix + "2;Daan;de Vries;15-1-2008;0687654321\n";
        var again = csv(as(LEAD_WEST), next).post("/api/v1/imports/students").then().statusCode(200)
                .body("created", is(0)).body("updated", is(1)).body("failed", is(0)).extract();
        assertEquals(List.of("UNCHANGED", "UPDATED"), again.path("results.action"));
        String daan = again.path("results.find { it.row == 3 }.id");
        as(LEAD_WEST).get("/api/v1/students/" + daan + "/timeline").then().statusCode(200)
                .body("items.find { it.kind == 'STUDENT_UPDATED' }.detail", is("contactDetails"))
                .body(not(containsString("0687654321")));
        assertEquals(1, Db.count("select count(*) from student where school_number = '" + prefix + "2'"));
        // Another organisation's system: the same numbers are not West's students to it.
        csv(asClient("integration-rivier"), next).post("/api/v1/imports/students?dryRun=true").then().statusCode(200)
                .body("failed", is(2)).body("errors.field", everyItem(is("schoolId")));
        // A broker registers students one by one; a whole list is the lead's or a system's.
        csv(as(BROKER_WEST), next).post("/api/v1/imports/students").then().statusCode(403);
    }

    @Test
    void twoSystemsImportingTheSameNewStudentsAtOnceMakeEachStudentOnce() throws Exception {
        String prefix = unique("RACE");
        StringBuilder file = new StringBuilder("schoolId;schoolNumber;firstName;lastName;dateOfBirth;consentDate\n");
        for (int i = 0; i < 120; i++) {
            file.append(SCHOOL_DELTA).append(';').append(prefix).append(i).append(";Sam;Race").append(i)
                    .append(";2007-02-02;2026-11-02\n");
        }
        Callable<Map<String, Object>> importing = () -> csv(asClient("integration-west"), file.toString())
                .post("/api/v1/imports/students").then().statusCode(200).extract().as(Map.class);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(importing);
            var b = pool.submit(importing);
            Map<String, Object> ra = a.get();
            Map<String, Object> rb = b.get();
            assertEquals(120, (int) ra.get("created") + (int) rb.get("created"), "each student created by one of them");
            assertEquals(120, Db.count("select count(*) from student where school_number like '" + prefix + "%'"));
            for (Map<String, Object> r : List.of(ra, rb)) {
                // A row the other import took meanwhile is either found or named; never a second student.
                List<Map<String, Object>> errors = (List<Map<String, Object>>) r.get("errors");
                errors.forEach(e -> assertEquals("schoolNumber", e.get("field"), e.toString()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tenThousandStudentsInOneFile() {
        String prefix = unique("BULK");
        StringBuilder file = new StringBuilder("schoolId;schoolNumber;firstName;lastName;dateOfBirth;consentDate\n");
        for (int i = 0; i < ImportFile.MAX_ROWS; i++) {
            file.append(SCHOOL_DELTA).append(';').append(prefix).append(i).append(";Student;Bulk").append(i)
                    .append(";2007-03-03;2026-11-03\n");
        }
        long start = System.nanoTime();
        csv(asClient("integration-west"), file.toString()).post("/api/v1/imports/students").then().statusCode(200)
                .body("created", is(ImportFile.MAX_ROWS)).body("failed", is(0));
        // Measured, not asserted: the budget (a minute) is checked by make bench, not by a wall clock in tests.
        System.out.printf("imported %d students in %d ms%n", ImportFile.MAX_ROWS, (System.nanoTime() - start) / 1_000_000);
        assertEquals(ImportFile.MAX_ROWS, Db.count("select count(*) from student where school_number like '" + prefix + "%'"));
    }

    /** Each row listed has errors on exactly these fields (in any order), and no other row has errors. */
    static void assertRowErrors(ValidatableResponse r, Map<Integer, List<String>> expected) {
        List<Map<String, Object>> errors = r.extract().path("errors");
        Map<Integer, List<String>> actual = new java.util.TreeMap<>();
        errors.forEach(e -> actual.computeIfAbsent((Integer) e.get("row"), k -> new ArrayList<>()).add((String) e.get("field")));
        Map<Integer, List<String>> want = new java.util.TreeMap<>();
        expected.forEach((row, fields) -> want.put(row, fields.stream().sorted().toList()));
        actual.replaceAll((row, fields) -> fields.stream().sorted().toList());
        assertEquals(want, actual, "errors: " + errors);
    }
}
