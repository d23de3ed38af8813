package nl.stagemakelaar.kit;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.stagemakelaar.support.Tokens;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class KitTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Inject MockMailbox mailbox;
    @Inject EntityManager em;
    @Inject nl.stagemakelaar.security.LinkRateLimit rateLimit;

    /** Other tests flood the public links on purpose; each test here starts with a full bucket. */
    @org.junit.jupiter.api.BeforeEach
    void fullBucket() {
        rateLimit.reset();
    }

    static io.restassured.specification.RequestSpecification upload(String user, String title, String item, String name, byte[] content) {
        var r = RestAssured.given().auth().oauth2(Tokens.of(user)).multiPart("file", name, content, "application/octet-stream");
        if (title != null) {
            r = r.multiPart("title", title);
        }
        return item == null ? r : r.multiPart("preparationItem", item);
    }

    static String student(String email) {
        var body = new HashMap<String, Object>(Map.of("firstName", "Yara", "lastName", unique("Bakker"),
                "dateOfBirth", "2006-06-06", "schoolId", SCHOOL_DELTA, "consent", consent()));
        if (email != null) {
            body.put("email", email);
        }
        return as(BROKER_WEST).body(body).post("/api/v1/students").then().statusCode(201).extract().path("id");
    }

    @Test
    void aLeadKeepsTheLibraryAndBrokersReadIt() {
        String title = unique("Checklist eerste werkdag ");
        String doc = upload(LEAD_WEST, title, "ATTITUDE_BRIEFING", "eerste-werkdag.pdf", PDF).post("/api/v1/kit/documents")
                .then().statusCode(201).body("title", is(title)).body("preparationItem", is("ATTITUDE_BRIEFING"))
                .body("contentType", is("application/pdf")).body("sizeBytes", is(PDF.length)).extract().path("id");
        try {
            as(BROKER_WEST).get("/api/v1/kit").then().statusCode(200)
                    .body("documents.title", hasItems("Intakeformulier", "Voorbeeld-cv", title))
                    .body("templates.name", hasItem("Startpakket via WhatsApp"))
                    .body("placeholders", hasItems("{voornaam}", "{begeleider}", "{link}"));
            byte[] back = as(BROKER_WEST).get("/api/v1/kit/documents/" + doc + "/content").then().statusCode(200)
                    .header("Content-Disposition", containsString("eerste-werkdag.pdf")).extract().asByteArray();
            assertArrayEquals(PDF, back);
            // Another organisation sees none of it; a broker cannot change it; bad files and fields are named.
            as(BROKER_RIVIER).get("/api/v1/kit").then().statusCode(200).body("documents.title", not(hasItem(title)));
            as(BROKER_RIVIER).get("/api/v1/kit/documents/" + doc + "/content").then().statusCode(404);
            upload(BROKER_WEST, "x", null, "x.pdf", PDF).post("/api/v1/kit/documents").then().statusCode(403);
            upload(LEAD_WEST, "x", null, "x.pdf", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII)).post("/api/v1/kit/documents")
                    .then().statusCode(415).body("errors[0].field", is("file"));
            upload(LEAD_WEST, null, null, "x.pdf", PDF).post("/api/v1/kit/documents").then().statusCode(400)
                    .body("errors[0].field", is("title"));
            upload(LEAD_WEST, "x", "NOPE", "x.pdf", PDF).post("/api/v1/kit/documents").then().statusCode(400)
                    .body("errors[0].field", is("preparationItem"));
            upload(LEAD_WEST, "a\u0000b", null, "x.pdf", PDF).post("/api/v1/kit/documents").then().statusCode(400)
                    .body("errors[0].field", is("title"));
            upload(LEAD_WEST, "x".repeat(151), null, "x.pdf", PDF).post("/api/v1/kit/documents").then().statusCode(400)
                    .body("errors[0].field", is("title"));
        } finally {
            as(LEAD_WEST).delete("/api/v1/kit/documents/" + doc).then().statusCode(204);
        }
        as(LEAD_WEST).delete("/api/v1/kit/documents/" + doc).then().statusCode(404);

        // Templates: placeholders are checked, names are unique, edits need the version.
        String name = unique("Welkom ");
        as(LEAD_WEST).body(Map.of("name", name, "body", "Hoi {naam}, {link} {foo}")).post("/api/v1/kit/templates").then()
                .statusCode(400).body("errors[0].field", is("body")).body("errors[0].code", is("Placeholder"))
                .body("errors[0].message", allOf(containsString("{naam}"), containsString("{foo}")));
        var created = as(LEAD_WEST).body(Map.of("name", name, "body", "Hoi {voornaam}, kijk hier: {link}"))
                .post("/api/v1/kit/templates").then().statusCode(201).header("ETag", is("\"0\"")).extract();
        String template = created.path("id");
        as(LEAD_WEST).body(Map.of("name", name.toUpperCase(), "body", "x")).post("/api/v1/kit/templates").then()
                .statusCode(409).body("errors[0].field", is("name"));
        as(BROKER_WEST).body(Map.of("name", name, "body", "x")).post("/api/v1/kit/templates").then().statusCode(403);
        as(LEAD_WEST).body(Map.of("name", name, "body", "Hallo {voornaam}: {link}"))
                .put("/api/v1/kit/templates/" + template).then().statusCode(428);
        as(LEAD_WEST).header("If-Match", "\"0\"").body(Map.of("name", name, "body", "Hallo {voornaam}: {link}"))
                .put("/api/v1/kit/templates/" + template).then().statusCode(200).header("ETag", is("\"1\""))
                .body("body", is("Hallo {voornaam}: {link}"));
        as(LEAD_WEST).header("If-Match", "\"0\"").body(Map.of("name", name, "body", "x"))
                .put("/api/v1/kit/templates/" + template).then().statusCode(412);
        // Another organisation's template and document are not there for West's lead.
        String rivierTemplate = java.util.UUID.randomUUID().toString();
        String rivierDocument = java.util.UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into message_template (id, organisation_id, name, body, updated_at, updated_by)"
                    + " values (cast(:id as uuid), cast(:o as uuid), :n, 'Hoi {voornaam}', now(), 'test')")
                    .setParameter("id", rivierTemplate).setParameter("o", ORG_RIVIER).setParameter("n", unique("Rivier ")).executeUpdate();
            em.createNativeQuery("insert into kit_document (id, organisation_id, title, file_name, content_type, size_bytes, content,"
                    + " created_at, created_by) values (cast(:id as uuid), cast(:o as uuid), 'Rivier', 'r.pdf', 'application/pdf', 5,"
                    + " cast('%PDF-' as bytea), now(), 'test')").setParameter("id", rivierDocument).setParameter("o", ORG_RIVIER).executeUpdate();
        });
        as(LEAD_WEST).header("If-Match", "\"0\"").body(Map.of("name", name, "body", "x"))
                .put("/api/v1/kit/templates/" + rivierTemplate).then().statusCode(404);
        as(LEAD_WEST).delete("/api/v1/kit/templates/" + rivierTemplate).then().statusCode(404);
        as(LEAD_WEST).delete("/api/v1/kit/documents/" + rivierDocument).then().statusCode(404);
        as(LEAD_WEST).get("/api/v1/kit/documents/" + rivierDocument + "/content").then().statusCode(404);
        as(BROKER_RIVIER).get("/api/v1/kit").then().body("documents.id", hasItem(rivierDocument));
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from message_template where id = cast(:id as uuid)").setParameter("id", rivierTemplate).executeUpdate();
            em.createNativeQuery("delete from kit_document where id = cast(:id as uuid)").setParameter("id", rivierDocument).executeUpdate();
        });
        as(LEAD_WEST).delete("/api/v1/kit/templates/" + template).then().statusCode(204);
    }

    @Test
    void theKitGoesOutByEmailWithTheDocumentsAndAsAMessageWithAPersonalLink() {
        String email = unique("yara") + "@example.nl";
        String s = student(email);
        String url = "/api/v1/students/" + s + "/kit-sends";
        List<String> docs = as(BROKER_WEST).get("/api/v1/kit").then().extract().path("documents.findAll { it.title in "
                + "['Intakeformulier', 'Voorbeeld-cv'] }.id");
        assertEquals(2, docs.size());
        mailbox.clear();

        // By e-mail: the standard text, both documents attached, the link in the text; the CV and intake form are started.
        var sent = as(BROKER_WEST).body(Map.of("channel", "EMAIL", "documentIds", docs)).post(url).then().statusCode(201)
                .body("emailedTo", is(email)).body("send.channel", is("EMAIL"))
                .body("send.documents", contains("Intakeformulier", "Voorbeeld-cv"))
                .body("message", allOf(startsWith("Hoi Yara,"), containsString("Stagepunt West"), containsString("/materiaal#")))
                .body("started", containsInAnyOrder("INTAKE_FORM", "CV")).extract();
        var mails = mailbox.getMailsSentTo(email);
        assertEquals(1, mails.size());
        assertEquals(List.of("intakeformulier.pdf", "voorbeeld-cv.pdf"), mails.get(0).getAttachments().stream().map(a -> a.getName()).toList());
        assertTrue(mails.get(0).getText().contains(sent.path("link")), "the mail carries the link too");
        as(BROKER_WEST).get("/api/v1/students/" + s + "/preparation").then().statusCode(200)
                .body("find { it.item == 'CV' }.status", is("IN_PROGRESS"))
                .body("find { it.item == 'INTAKE_FORM' }.status", is("IN_PROGRESS"))
                .body("find { it.item == 'MOTIVATION_LETTER' }.status", is("OPEN"));

        // As a message with the organisation's template; an item already started is left as it is.
        String template = as(BROKER_WEST).get("/api/v1/kit").then().extract().path("templates.find { it.name == 'Startpakket via WhatsApp' }.id");
        var message = as(BROKER_WEST).body(Map.of("channel", "MESSAGE", "templateId", template)).post(url).then().statusCode(201)
                .body("emailedTo", nullValue()).body("send.templateName", is("Startpakket via WhatsApp"))
                .body("send.documents", hasItems("Intakeformulier", "Opzet motivatiebrief", "Voorbeeld-cv"))
                .body("message", allOf(startsWith("Hoi Yara! Welkom bij Stagepunt West."), containsString("Groetjes, ")))
                .body("started", containsInAnyOrder("MOTIVATION_LETTER", "INTERVIEW_PREPARATION")).extract();
        assertEquals(1, mailbox.getMailsSentTo(email).size(), "a message is copied by the broker, not e-mailed");
        String link = message.path("link");
        assertTrue(message.<String>path("message").contains(link));
        String token = link.substring(link.indexOf('#') + 1);

        // The student opens the link without an account: first name, organisation, documents; the broker sees it opened.
        as(BROKER_WEST).get(url).then().statusCode(200).body("size()", is(2)).body("[0].openedAt", nullValue());
        var page = anonymous().body(Map.of("token", token)).post("/api/v1/kit-links/open").then().statusCode(200)
                .body("firstName", is("Yara")).body("organisationName", is("Stagepunt West"))
                .body("documents.title", hasItems("Intakeformulier", "Sollicitatiegesprek voorbereiden (STARR)")).extract();
        as(BROKER_WEST).get(url).then().body("[0].openedAt", notNullValue()).body("[1].openedAt", nullValue())
                .body("[1].documents", contains("Intakeformulier", "Voorbeeld-cv"));
        String cv = page.path("documents.find { it.title == 'Voorbeeld-cv' }.id");
        byte[] file = anonymous().body(Map.of("token", token)).post("/api/v1/kit-links/documents/" + cv).then().statusCode(200)
                .contentType("application/pdf").header("Cache-Control", containsString("no-store")).extract().asByteArray();
        assertTrue(new String(file, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));

        // A document not behind this link, a made-up link, a changed link: 404. Timeline: what went out how.
        String emailLink = sent.path("link");
        String firstToken = emailLink.substring(emailLink.indexOf('#') + 1);
        String letter = page.path("documents.find { it.title == 'Opzet motivatiebrief' }.id");
        anonymous().body(Map.of("token", firstToken)).post("/api/v1/kit-links/documents/" + letter).then().statusCode(404);
        anonymous().body(Map.of("token", "A".repeat(43))).post("/api/v1/kit-links/open").then().statusCode(404);
        anonymous().body(Map.of("token", token.substring(1) + "x")).post("/api/v1/kit-links/open").then().statusCode(404);
        anonymous().body(Map.of("token", "kort")).post("/api/v1/kit-links/open").then().statusCode(404);
        // Guessing links is stopped after a minute's worth of tries from one address.
        int status = 0;
        for (int i = 0; i < 300 && status != 429; i++) {
            status = anonymous().body(Map.of("token", (unique("x") + "A".repeat(43)).substring(0, 43))).post("/api/v1/kit-links/open").statusCode();
        }
        assertEquals(429, status, "a minute's worth of guesses, then 429");
        rateLimit.reset();
        as(BROKER_WEST).get("/api/v1/students/" + s + "/timeline").then()
                .body("items.findAll { it.kind == 'KIT_SENT' }.detail", hasItem("EMAIL · Intakeformulier, Voorbeeld-cv"))
                .body("items.findAll { it.kind == 'CHECKLIST_CHANGED' }.size()", is(4));

        // Two weeks later the link has expired (410); an erased student's links stop at once.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update kit_send set expires_at = now() - interval '1 minute' where token_hash = :h")
                .setParameter("h", nl.stagemakelaar.security.LinkTokens.hash(token)).executeUpdate());
        anonymous().body(Map.of("token", token)).post("/api/v1/kit-links/open").then().statusCode(410)
                .body("type", endsWith("kit-expired"));
        anonymous().body(Map.of("token", token)).post("/api/v1/kit-links/documents/" + cv).then().statusCode(410);
    }

    @Test
    void sendingIsScopedAndRefusedClearly() {
        String noEmail = student(null);
        String url = "/api/v1/students/" + noEmail + "/kit-sends";
        as(BROKER_WEST).body(Map.of("channel", "EMAIL")).post(url).then().statusCode(400)
                .body("errors[0].field", is("channel")).body("errors[0].code", is("NoEmail"));
        as(BROKER_WEST).body(Map.of("channel", "MESSAGE", "documentIds", List.of())).post(url).then().statusCode(400)
                .body("errors[0].field", is("documentIds"));
        as(BROKER_WEST).body(Map.of("channel", "MESSAGE", "documentIds", List.of("00000000-0000-4000-9999-000000000001")))
                .post(url).then().statusCode(400).body("errors[0].field", is("documentIds"));
        as(BROKER_WEST).body(Map.of("channel", "MESSAGE", "templateId", "00000000-0000-4000-9999-000000000001"))
                .post(url).then().statusCode(400).body("errors[0].field", is("templateId"));
        as(BROKER_WEST).body(Map.of("channel", "FAX")).post(url).then().statusCode(400).body("errors[0].field", is("channel"));
        as(BROKER_RIVIER).body(Map.of("channel", "MESSAGE")).post(url).then().statusCode(404);
        as(BROKER_RIVIER).get(url).then().statusCode(404);
        as(MENTOR_DELTA).body(Map.of("channel", "MESSAGE")).post(url).then().statusCode(403);
        anonymous().body(Map.of("channel", "MESSAGE")).post(url).then().statusCode(401);
        // An empty kit (Rivier keeps none; other tests may have left a row there): nothing to send yet, said on the field.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from kit_document where organisation_id = cast(:o as uuid)")
                .setParameter("o", ORG_RIVIER).executeUpdate());
        String rivierStudent = as(BROKER_RIVIER).body(Map.of("firstName", "Noah", "lastName", unique("Smit"),
                "dateOfBirth", "2006-06-06", "schoolId", SCHOOL_RIVIER, "consent", consent())).post("/api/v1/students")
                .then().statusCode(201).extract().path("id");
        as(BROKER_RIVIER).body(Map.of("channel", "MESSAGE")).post("/api/v1/students/" + rivierStudent + "/kit-sends")
                .then().statusCode(400).body("errors[0].field", is("documentIds"));

        // Erasure on request: the student's links stop at once.
        String link = as(BROKER_WEST).body(Map.of("channel", "MESSAGE")).post(url).then().statusCode(201).extract().path("link");
        String token = link.substring(link.indexOf('#') + 1);
        anonymous().body(Map.of("token", token)).post("/api/v1/kit-links/open").then().statusCode(200);
        String version = as(BROKER_WEST).get("/api/v1/students/" + noEmail).then().extract().header("ETag");
        as(LEAD_WEST).header("If-Match", version).post("/api/v1/students/" + noEmail + "/erasure").then().statusCode(204);
        anonymous().body(Map.of("token", token)).post("/api/v1/kit-links/open").then().statusCode(410);
    }
}
