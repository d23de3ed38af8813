package nl.stagemakelaar.employer;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class EmployerResourceTest {

    static String kvk() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    }

    static Map<String, Object> employer(String name, String kvk) {
        var m = new HashMap<String, Object>();
        m.put("name", name);
        m.put("kvkNumber", kvk);
        m.put("city", "Amsterdam");
        m.put("contactPersons", List.of(Map.of("name", "Fatma Kaya", "role", "Praktijkopleider",
                "email", "fatma@example.nl")));
        return m;
    }

    @Test
    void brokerAddsEmployerWithContactPersons() {
        String name = unique("Garage ");
        as(BROKER_WEST).body(employer(name, kvk())).post("/api/v1/employers")
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("name", is(name)).body("contactPersons[0].name", is("Fatma Kaya"))
                .body("contactPersons[0].id", notNullValue());
    }

    @Test
    void theSbbRecognitionCheckedMoreThanAYearAgoIsDueAgain() {
        var body = new java.util.HashMap<String, Object>(Map.of("name", unique("Erkend "), "sbbStatus", "RECOGNISED",
                "sbbNumber", "100777", "ownerBroker", BROKER_WEST));
        var created = as(BROKER_WEST).body(body).post("/api/v1/employers").then().statusCode(201)
                .body("sbbCheckedOn", is(java.time.LocalDate.now().toString())).body("sbbCheckDue", is(false)).extract();
        String id = created.path("id");
        // Checked on Stagemarkt 400 days ago: the employer page and the list say to check it again.
        body.put("sbbCheckedOn", java.time.LocalDate.now().minusDays(400).toString());
        var old = as(BROKER_WEST).header("If-Match", created.header("ETag")).body(body).put("/api/v1/employers/" + id)
                .then().statusCode(200).body("sbbCheckDue", is(true)).extract();
        as(BROKER_WEST).get("/api/v1/employers?q=" + body.get("name")).then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.sbbCheckDue", is(true));
        // The owner's dashboard and the lead's list it; another organisation's do not.
        for (String user : new String[] {BROKER_WEST, LEAD_WEST}) {
            as(user).get("/api/v1/caseload").then().statusCode(200)
                    .body("sbbChecksDue.find { it.employerId == '" + id + "' }.checkedOn",
                            is(java.time.LocalDate.now().minusDays(400).toString()))
                    .body("sbbChecksDue.find { it.employerId == '" + id + "' }.sbbStatus", is("RECOGNISED"));
        }
        as(BROKER_RIVIER).get("/api/v1/caseload").then().statusCode(200).body("sbbChecksDue.employerId", not(hasItem(id)));
        // An edit of something else keeps the date; a new number is what the broker just looked up.
        body.remove("sbbCheckedOn");
        body.put("city", "Purmerend");
        var edited = as(BROKER_WEST).header("If-Match", old.header("ETag")).body(body).put("/api/v1/employers/" + id)
                .then().statusCode(200).body("sbbCheckDue", is(true)).extract();
        body.put("sbbNumber", "100778");
        as(BROKER_WEST).header("If-Match", edited.header("ETag")).body(body).put("/api/v1/employers/" + id)
                .then().statusCode(200).body("sbbCheckedOn", is(java.time.LocalDate.now().toString()))
                .body("sbbCheckDue", is(false));
        as(BROKER_WEST).get("/api/v1/caseload").then().body("sbbChecksDue.employerId", not(hasItem(id)));
        body.put("sbbCheckedOn", java.time.LocalDate.now().plusDays(1).toString());
        as(BROKER_WEST).body(body).post("/api/v1/employers").then().statusCode(400)
                .body("errors[0].field", is("sbbCheckedOn"));
    }

    @Test
    void kvkNumberMustBeEightDigitsAndUniqueWithinTheOrganisation() {
        as(BROKER_WEST).body(employer(unique("Kapper "), "1234567")).post("/api/v1/employers")
                .then().statusCode(400).body("errors[0].field", is("kvkNumber"));
        as(BROKER_WEST).body(employer(unique("Kapper "), "1234567a")).post("/api/v1/employers")
                .then().statusCode(400).body("errors[0].field", is("kvkNumber"));
        String number = kvk();
        as(BROKER_WEST).body(employer(unique("Kapper "), number)).post("/api/v1/employers").then().statusCode(201);
        as(LEAD_WEST).body(employer(unique("Kapper "), number)).post("/api/v1/employers")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", is("kvkNumber"));
        // Another organisation keeps its own network: the same company may be in both.
        as(BROKER_RIVIER).body(employer(unique("Kapper "), number)).post("/api/v1/employers").then().statusCode(201);
    }

    @Test
    void nestedContactPersonErrorsNameTheirPath() {
        var body = employer(unique("Bouw "), kvk());
        body.put("contactPersons", List.of(Map.of("name", "Ok"), Map.of("name", " ", "email", "x")));
        as(BROKER_WEST).body(body).post("/api/v1/employers").then().statusCode(400)
                .body("errors.field", hasItems("contactPersons[1].name", "contactPersons[1].email"));
    }

    @Test
    void roleAndScopeRules() {
        String id = as(BROKER_WEST).body(employer(unique("Winkel "), kvk())).post("/api/v1/employers")
                .then().statusCode(201).extract().path("id");
        anonymous().get("/api/v1/employers").then().statusCode(401);
        anonymous().get("/api/v1/employers/" + id).then().statusCode(401);
        as(MENTOR_DELTA).get("/api/v1/employers").then().statusCode(403);
        as(EMPLOYER_DEMO).get("/api/v1/employers/" + id).then().statusCode(403);
        as(EMPLOYER_DEMO).body(employer("X", kvk())).post("/api/v1/employers").then().statusCode(403);
        as(BROKER_RIVIER).get("/api/v1/employers/" + id).then().statusCode(404);
        as(BROKER_RIVIER).header("If-Match", "\"0\"").body(employer("Overgenomen", kvk()))
                .put("/api/v1/employers/" + id).then().statusCode(404);
        as(BROKER_RIVIER).get("/api/v1/employers/" + EMPLOYER_DEMO_ID).then().statusCode(404);
        as(BROKER_WEST).get("/api/v1/employers/" + EMPLOYER_DEMO_ID).then().statusCode(200)
                .body("name", is("Bakkerij De Molen"));
    }

    @Test
    void updateKeepsContactIdsAndRefusesStaleVersions() {
        var created = as(BROKER_WEST).body(employer(unique("Hotel "), kvk())).post("/api/v1/employers")
                .then().statusCode(201).extract();
        String id = created.path("id");
        String contactId = created.path("contactPersons[0].id");
        var body = employer("Hotel Nieuw", null);
        body.put("contactPersons", List.of(Map.of("id", contactId, "name", "Fatma Kaya-de Boer"),
                Map.of("name", "Jan Receptie")));
        as(BROKER_WEST).header("If-Match", "\"0\"").body(body).put("/api/v1/employers/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("contactPersons.id[0]", is(contactId))
                .body("contactPersons.name", contains("Fatma Kaya-de Boer", "Jan Receptie"))
                .body("kvkNumber", nullValue());
        as(LEAD_WEST).header("If-Match", "\"0\"").body(employer("Ander", null)).put("/api/v1/employers/" + id)
                .then().statusCode(412);
        as(BROKER_WEST).body(body).put("/api/v1/employers/" + id).then().statusCode(428);
    }

    @Test
    void searchByNameWithoutAccentsOrByKvkPrefix() {
        String tag = unique("x");
        String number = kvk();
        as(BROKER_WEST).body(employer("Café Zoë " + tag, number)).post("/api/v1/employers").then().statusCode(201);
        as(BROKER_WEST).queryParam("q", "cafe zoe " + tag).get("/api/v1/employers")
                .then().statusCode(200).body("total", is(1)).body("items[0].kvkNumber", is(number));
        as(BROKER_WEST).queryParam("q", number.substring(0, 8)).get("/api/v1/employers")
                .then().body("items.kvkNumber", hasItem(number));
        as(BROKER_WEST).queryParam("q", "cafe zoe " + tag).queryParam("city", "Rotterdam").get("/api/v1/employers")
                .then().body("total", is(0));
        as(BROKER_RIVIER).queryParam("q", tag).get("/api/v1/employers").then().body("total", is(0));
    }
}
