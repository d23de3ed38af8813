package nl.stagemakelaar.casework;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class IntakePreparationFilesTest {

    static String student() {
        return CaseWorkTest.newStudent(BROKER_WEST, unique("Intake"));
    }

    static byte[] docx() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (String name : List.of("[Content_Types].xml", "word/document.xml", "_rels/.rels")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static io.restassured.specification.RequestSpecification upload(String user, String name, byte[] content) {
        return io.restassured.RestAssured.given().auth().oauth2(nl.stagemakelaar.support.Tokens.of(user))
                .multiPart("file", name, content, "application/octet-stream");
    }

    @Test
    void intakeIsSavedWithIfMatchAndTheTimelineSaysOnlyThatItChanged() {
        String id = student();
        as(BROKER_WEST).get("/api/v1/students/" + id + "/intake").then().statusCode(200)
                .header("ETag", "\"-1\"").body("needs", empty());
        var body = Map.of("alreadyDone", "12 sollicitaties", "needs", List.of("HOME_SITUATION", "SELF_CONFIDENCE"),
                "needsNote", "Zorgt voor broertjes", "homeCity", "Amsterdam", "maxTravelMinutes", 45,
                "internshipStartBy", LocalDate.now().plusDays(20).toString(), "requiredHours", 400);
        as(BROKER_WEST).body(body).put("/api/v1/students/" + id + "/intake").then().statusCode(428);
        as(BROKER_WEST).header("If-Match", "\"-1\"").body(body).put("/api/v1/students/" + id + "/intake")
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("needs", containsInAnyOrder("HOME_SITUATION", "SELF_CONFIDENCE")).body("maxTravelMinutes", is(45));
        as(LEAD_WEST).header("If-Match", "\"-1\"").body(body).put("/api/v1/students/" + id + "/intake")
                .then().statusCode(412);
        as(BROKER_WEST).get("/api/v1/students/" + id).then().body("internshipStartBy", is(LocalDate.now().plusDays(20).toString()));
        String timeline = as(BROKER_WEST).get("/api/v1/students/" + id + "/timeline").then().statusCode(200)
                .body("items[0].kind", is("INTAKE_UPDATED")).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(timeline.contains("broertjes"));
        as(BROKER_WEST).header("If-Match", "\"0\"").body(Map.of("needs", List.of("ETHNICITY")))
                .put("/api/v1/students/" + id + "/intake").then().statusCode(400);
        as(BROKER_RIVIER).get("/api/v1/students/" + id + "/intake").then().statusCode(404);
        as(MENTOR_DELTA).get("/api/v1/students/" + id + "/intake").then().statusCode(403);
        as(EMPLOYER_DEMO).get("/api/v1/students/" + id + "/intake").then().statusCode(403);
        anonymous().get("/api/v1/students/" + id + "/intake").then().statusCode(401);
    }

    @Test
    void checklistItemsMoveAndLandOnTheTimeline() {
        String id = student();
        as(BROKER_WEST).get("/api/v1/students/" + id + "/preparation").then().statusCode(200)
                .body("item", contains("INTAKE_FORM", "CV", "MOTIVATION_LETTER", "INTERVIEW_PREPARATION",
                        "ATTITUDE_BRIEFING", "LINKEDIN_PROFILE"))
                .body("status", everyItem(is("OPEN")));
        as(BROKER_WEST).body(Map.of("status", "DONE")).put("/api/v1/students/" + id + "/preparation/CV")
                .then().statusCode(200).body("status", is("DONE")).body("changedBy", is("broker.west"));
        as(BROKER_WEST).get("/api/v1/students/" + id + "/preparation").then()
                .body("find { it.item == 'CV' }.status", is("DONE"));
        as(BROKER_WEST).get("/api/v1/students/" + id + "/timeline").then()
                .body("items[0].detail", is("CV: OPEN → DONE"));
        as(BROKER_WEST).body(Map.of("status", "DONE")).put("/api/v1/students/" + id + "/preparation/TATTOO")
                .then().statusCode(404);
        as(BROKER_WEST).body(Map.of("status", "FINISHED")).put("/api/v1/students/" + id + "/preparation/CV")
                .then().statusCode(400).body("errors[0].field", is("status"));
        as(BROKER_RIVIER).body(Map.of("status", "DONE")).put("/api/v1/students/" + id + "/preparation/CV")
                .then().statusCode(404);
    }

    @Test
    void aPlaceThatAsksForACertificateOfConductPutsItOnTheChecklistWithoutACopy() {
        String id = nl.stagemakelaar.support.Fixtures.student(BROKER_WEST, SCHOOL_DELTA, PROGRAMME_RETAIL_2);
        String url = "/api/v1/students/" + id + "/preparation";
        as(BROKER_WEST).get(url).then().statusCode(200).body("item", not(hasItem("CERTIFICATE_OF_CONDUCT")));

        String employer = nl.stagemakelaar.support.Fixtures.employer(BROKER_WEST, Map.of("name", unique("Zorghotel ")));
        String title = unique("Receptie ");
        String place = nl.stagemakelaar.support.Fixtures.place(BROKER_WEST, employer,
                Map.of("title", title, "certificateOfConductRequired", true));
        // An edit that does not mention it keeps it; the place says it.
        as(BROKER_WEST).header("If-Match", "\"0\"").body(Map.of("employerId", employer, "title", title, "places", 2))
                .put("/api/v1/places/" + place).then().statusCode(200).body("certificateOfConductRequired", is(true));
        String plain = nl.stagemakelaar.support.Fixtures.place(BROKER_WEST, employer, Map.of());
        as(BROKER_WEST).get("/api/v1/places/" + plain).then().body("certificateOfConductRequired", is(false));

        // Proposed to a place without it: still not on the list.
        as(BROKER_WEST).body(nl.stagemakelaar.support.Fixtures.proposal(id, plain)).post("/api/v1/placements")
                .then().statusCode(201);
        as(BROKER_WEST).get(url).then().body("item", not(hasItem("CERTIFICATE_OF_CONDUCT")));
        String proposal = as(BROKER_WEST).body(nl.stagemakelaar.support.Fixtures.proposal(id, place))
                .post("/api/v1/placements").then().statusCode(201).extract().path("id");
        as(BROKER_WEST).get(url).then().body("item", hasSize(7))
                .body("find { it.item == 'CERTIFICATE_OF_CONDUCT' }.status", is("OPEN"))
                .body("find { it.item == 'CERTIFICATE_OF_CONDUCT' }.askedBy", allOf(containsString(title), containsString("Zorghotel")));

        as(BROKER_WEST).body(Map.of("status", "IN_PROGRESS")).put(url + "/CERTIFICATE_OF_CONDUCT").then().statusCode(200)
                .body("status", is("IN_PROGRESS")).body("askedBy", containsString(title));
        as(BROKER_WEST).get("/api/v1/students/" + id + "/timeline").then()
                .body("items[0].detail", is("CERTIFICATE_OF_CONDUCT: OPEN → IN_PROGRESS"));
        // Once recorded it stays on the list after the proposal ends, without anyone asking for it any more.
        as(BROKER_WEST).header("If-Match", "\"0\"").body(Map.of()).post("/api/v1/placements/" + proposal + "/withdraw")
                .then().statusCode(200);
        as(BROKER_WEST).get(url).then().body("find { it.item == 'CERTIFICATE_OF_CONDUCT' }.status", is("IN_PROGRESS"))
                .body("find { it.item == 'CERTIFICATE_OF_CONDUCT' }.askedBy", nullValue());
        // An employer that asks it for every place (the network's flag) does the same.
        String other = nl.stagemakelaar.support.Fixtures.student(BROKER_WEST, SCHOOL_DELTA, PROGRAMME_RETAIL_2);
        String care = nl.stagemakelaar.support.Fixtures.employer(BROKER_WEST, Map.of("name", unique("Zorg "), "vogRequired", true));
        as(BROKER_WEST).body(nl.stagemakelaar.support.Fixtures.proposal(other,
                nl.stagemakelaar.support.Fixtures.place(BROKER_WEST, care, Map.of()))).post("/api/v1/placements").then().statusCode(201);
        as(BROKER_WEST).get("/api/v1/students/" + other + "/preparation").then()
                .body("find { it.item == 'CERTIFICATE_OF_CONDUCT' }.askedBy", containsString("Zorg "));
        as(BROKER_RIVIER).body(Map.of("status", "DONE")).put(url + "/CERTIFICATE_OF_CONDUCT").then().statusCode(404);
        as(MENTOR_DELTA).get(url).then().statusCode(403);
        anonymous().get(url).then().statusCode(401);
    }

    @Test
    void onlyRealPdfAndDocxFilesUpToTenMegabytes() throws Exception {
        String id = student();
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        String pdfId = upload(BROKER_WEST, "cv.pdf", pdf).post("/api/v1/students/" + id + "/files")
                .then().statusCode(201).body("contentType", is("application/pdf")).body("sizeBytes", is(pdf.length))
                .extract().path("id");
        upload(BROKER_WEST, "brief.docx", docx()).post("/api/v1/students/" + id + "/files").then().statusCode(201)
                .body("contentType", containsString("wordprocessingml"));

        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        upload(BROKER_WEST, "cv.pdf", exe).post("/api/v1/students/" + id + "/files").then().statusCode(415)
                .contentType("application/problem+json").body("errors[0].field", is("file"));
        upload(BROKER_WEST, "cv.exe", pdf).post("/api/v1/students/" + id + "/files").then().statusCode(415);
        byte[] zip = docx();
        upload(BROKER_WEST, "cv.docx", java.util.Arrays.copyOf(zip, 40)).post("/api/v1/students/" + id + "/files")
                .then().statusCode(415);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        upload(BROKER_WEST, "groot.pdf", big).post("/api/v1/students/" + id + "/files").then().statusCode(413);

        as(BROKER_WEST).get("/api/v1/students/" + id + "/files").then().statusCode(200)
                .body("fileName", containsInAnyOrder("cv.pdf", "brief.docx"));
        byte[] back = as(LEAD_WEST).accept("application/pdf").get("/api/v1/files/" + pdfId).then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString("cv.pdf"))
                .extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(pdf, back);
        as(BROKER_RIVIER).get("/api/v1/files/" + pdfId).then().statusCode(404);
        upload(BROKER_RIVIER, "cv.pdf", pdf).post("/api/v1/students/" + id + "/files").then().statusCode(404);
        as(MENTOR_DELTA).get("/api/v1/files/" + pdfId).then().statusCode(403);
        anonymous().get("/api/v1/files/" + pdfId).then().statusCode(401);
        as(BROKER_WEST).get("/api/v1/students/" + id + "/timeline").then()
                .body("items.kind", hasItem("ATTACHMENT_ADDED"));
    }
}
