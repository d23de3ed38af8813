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
