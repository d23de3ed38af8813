package nl.stagemakelaar.application;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.stagemakelaar.support.Fixtures;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ApplicationTest {

    @Inject MockMailbox mailbox;

    static String studentWithEmail(String email) {
        var body = new HashMap<String, Object>(Map.of("firstName", "Lina", "lastName", unique("Haddou"),
                "dateOfBirth", "2006-06-06", "schoolId", SCHOOL_DELTA, "consent", consent()));
        if (email != null) {
            body.put("email", email);
        }
        return as(BROKER_WEST).body(body).post("/api/v1/students").then().statusCode(201).extract().path("id");
    }

    static String url(String student) {
        return "/api/v1/students/" + student + "/applications";
    }

    @Test
    void aBrokerSendsAPlaceByEmailAndAnOutsideVacancyAsAMessage() {
        String email = unique("lina") + "@example.nl";
        String student = studentWithEmail(email);
        String employer = Fixtures.employer(BROKER_WEST, Map.of("name", unique("Bloemisterij ")));
        String title = unique("Verkoop bloemen ");
        String place = Fixtures.place(BROKER_WEST, employer, Map.of("title", title, "city", "Zaandam", "hoursPerWeek", 24));
        mailbox.clear();

        as(BROKER_WEST).body(Map.of("origin", "SENT_BY_BROKER", "placeId", place, "channel", "EMAIL"))
                .post(url(student)).then().statusCode(201).header("ETag", is("\"0\""))
                .body("result", is("SENT")).body("title", is(title)).body("employerName", startsWith("Bloemisterij"))
                .body("placeId", is(place)).body("onDate", is(LocalDate.now().toString()))
                .body("message", allOf(startsWith("Hoi Lina,"), containsString(title), containsString("in Zaandam, 24 uur per week")));
        var mails = mailbox.getMailsSentTo(email);
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getText().contains(title), "the e-mail carries the vacancy");

        String outside = as(BROKER_WEST).body(Map.of("origin", "SENT_BY_BROKER", "employerName", "Hema Zaandam",
                "title", "Vakkenvuller", "url", "https://werkenbij.example.nl/123", "channel", "MESSAGE"))
                .post(url(student)).then().statusCode(201)
                .body("message", containsString("https://werkenbij.example.nl/123")).body("placeId", nullValue())
                .extract().path("id");
        assertEquals(1, mailbox.getMailsSentTo(email).size(), "a message is copied by the broker, not e-mailed");

        // Newest first, without the message (it is only in the answer to sending); the timeline says what and how.
        as(BROKER_WEST).get(url(student)).then().statusCode(200).body("id[0]", is(outside))
                .body("title", containsInAnyOrder(title, "Vakkenvuller")).body("message", everyItem(nullValue()));
        as(BROKER_WEST).get("/api/v1/students/" + student + "/timeline").then()
                .body("items.findAll { it.kind == 'VACANCY_SENT' }.detail",
                        hasItem("Vakkenvuller — Hema Zaandam · MESSAGE"));

        // No e-mail address: say so on the channel. A closed place cannot be sent.
        String noEmail = studentWithEmail(null);
        as(BROKER_WEST).body(Map.of("origin", "SENT_BY_BROKER", "placeId", place, "channel", "EMAIL"))
                .post(url(noEmail)).then().statusCode(400).body("errors[0].field", is("channel"))
                .body("errors[0].code", is("NoEmail"));
        as(BROKER_WEST).body(Map.of("origin", "SENT_BY_BROKER", "placeId", place)).post(url(noEmail)).then()
                .statusCode(400).body("errors[0].field", is("channel"));
        as(BROKER_WEST).body(Map.of("origin", "SENT_BY_BROKER", "title", "x", "channel", "MESSAGE")).post(url(noEmail))
                .then().statusCode(400).body("errors[0].field", is("employerName"));
        as(BROKER_WEST).body(Map.of("origin", "SENT_BY_BROKER", "employerName", "x", "title", "x", "channel", "MESSAGE",
                "url", "javascript:alert(1)")).post(url(noEmail)).then().statusCode(400).body("errors[0].field", is("url"));
        String rivierPlace = Fixtures.place(BROKER_RIVIER, Fixtures.employer(BROKER_RIVIER, Map.of()), Map.of());
        as(BROKER_WEST).body(Map.of("origin", "SENT_BY_BROKER", "placeId", rivierPlace, "channel", "MESSAGE"))
                .post(url(noEmail)).then().statusCode(400).body("errors[0].field", is("placeId"));
    }

    @Test
    void theStudentsOwnApplicationGetsItsResultAndLeadsToAnInternshipFoundThemselves() {
        String student = studentWithEmail(null);
        String company = unique("Kapsalon ");
        var own = new HashMap<String, Object>(Map.of("origin", "STUDENT", "employerName", company, "title", "Stage kapper",
                "onDate", LocalDate.now().minusDays(3).toString(), "note", "Via Indeed"));
        own.put("channel", "EMAIL");
        as(BROKER_WEST).body(own).post(url(student)).then().statusCode(400).body("errors[0].field", is("channel"));
        own.remove("channel");
        own.put("result", "SENT");
        as(BROKER_WEST).body(own).post(url(student)).then().statusCode(400).body("errors[0].field", is("result"));
        own.put("result", "HIRED");
        as(BROKER_WEST).body(own).post(url(student)).then().statusCode(400).body("errors[0].field", is("result"));
        own.remove("result");
        own.put("onDate", LocalDate.now().plusDays(1).toString());
        as(BROKER_WEST).body(own).post(url(student)).then().statusCode(400).body("errors[0].field", is("onDate"));
        own.put("onDate", LocalDate.now().minusDays(3).toString());
        var created = as(BROKER_WEST).body(own).post(url(student)).then().statusCode(201).body("result", is("APPLIED"))
                .body("channel", nullValue()).body("message", nullValue()).extract();
        String id = created.path("id");

        String item = "/api/v1/applications/" + id;
        as(BROKER_WEST).body(Map.of("result", "INTERVIEW")).put(item).then().statusCode(428);
        as(BROKER_WEST).header("If-Match", "\"0\"").body(Map.of("result", "INTERVIEW", "note", "Gesprek dinsdag"))
                .put(item).then().statusCode(200).header("ETag", is("\"1\"")).body("result", is("INTERVIEW"));
        as(LEAD_WEST).header("If-Match", "\"0\"").body(Map.of("result", "REJECTED")).put(item).then().statusCode(412);
        as(BROKER_WEST).header("If-Match", "\"1\"").body(Map.of("result", "HIRED")).put(item).then().statusCode(400)
                .body("errors[0].field", is("result"));
        as(BROKER_WEST).header("If-Match", "\"1\"").body(Map.of("result", "SENT")).put(item).then().statusCode(400);
        as(BROKER_WEST).header("If-Match", "\"1\"").body(Map.of("result", "GHOSTED")).put(item).then().statusCode(400)
                .body("errors[0].field", is("result"));
        as(BROKER_RIVIER).header("If-Match", "\"1\"").body(Map.of("result", "REJECTED")).put(item).then().statusCode(404);

        // Hired: an internship the student found themselves, at a new employer of that name; the case moves on.
        String placement = as(BROKER_WEST).header("If-Match", "\"1\"").body(Map.of("startDate", LocalDate.now().plusDays(7).toString()))
                .post(item + "/hired").then().statusCode(200).body("result", is("HIRED"))
                .body("placementId", notNullValue()).extract().path("placementId");
        as(BROKER_WEST).get("/api/v1/placements/" + placement).then().statusCode(200)
                .body("type", is("FOUND_BY_STUDENT")).body("status", is("ACCEPTED")).body("employerName", is(company))
                .body("studentId", is(student));
        as(BROKER_WEST).get("/api/v1/students/" + student).then().body("phase", is("PLACED"));
        as(BROKER_WEST).header("If-Match", "\"2\"").body(Map.of("startDate", LocalDate.now().toString()))
                .post(item + "/hired").then().statusCode(409);
        as(BROKER_WEST).header("If-Match", "\"2\"").body(Map.of("result", "REJECTED")).put(item).then().statusCode(409);
        as(BROKER_WEST).get("/api/v1/students/" + student + "/timeline").then()
                .body("items.findAll { it.kind == 'APPLICATION_CHANGED' }.detail",
                        hasItems("Stage kapper — " + company + ": APPLIED → INTERVIEW", "Stage kapper — " + company + ": INTERVIEW → HIRED"));
    }

    @Test
    void aPlaceSentThatTheStudentGetsIsFilledAndAnEmployerOfTheSameNameIsNotAddedTwice() {
        String employer = Fixtures.employer(BROKER_WEST, Map.of("name", unique("Garage ")));
        String name = as(BROKER_WEST).get("/api/v1/employers/" + employer).then().extract().path("name");
        String place = Fixtures.place(BROKER_WEST, employer, Map.of("places", 1));
        String student = studentWithEmail(null);
        String sent = as(BROKER_WEST).body(Map.of("origin", "SENT_BY_BROKER", "placeId", place, "channel", "IN_PERSON"))
                .post(url(student)).then().statusCode(201).extract().path("id");
        String placement = as(BROKER_WEST).header("If-Match", "\"0\"").body(Map.of("startDate", LocalDate.now().toString()))
                .post("/api/v1/applications/" + sent + "/hired").then().statusCode(200).extract().path("placementId");
        as(BROKER_WEST).get("/api/v1/placements/" + placement).then().body("placeId", is(place))
                .body("type", is("FOUND_BY_STUDENT"));
        as(BROKER_WEST).get("/api/v1/places/" + place).then().body("filled", is(1)).body("status", is("FILLED"));

        // The student's own application at a company already in the network (by its name, any case) uses it.
        String other = studentWithEmail(null);
        String own = as(BROKER_WEST).body(Map.of("origin", "STUDENT", "employerName", name.toUpperCase(), "title", "Monteur"))
                .post(url(other)).then().statusCode(201).extract().path("id");
        String second = as(BROKER_WEST).header("If-Match", "\"0\"").body(Map.of("startDate", LocalDate.now().toString()))
                .post("/api/v1/applications/" + own + "/hired").then().statusCode(200).extract().path("placementId");
        as(BROKER_WEST).get("/api/v1/placements/" + second).then().body("employerId", is(employer)).body("placeId", nullValue());

        // Out of scope and out of role.
        as(BROKER_RIVIER).get(url(other)).then().statusCode(404);
        as(MENTOR_DELTA).get(url(other)).then().statusCode(403);
        as(EMPLOYER_DEMO).get(url(other)).then().statusCode(403);
        anonymous().get(url(other)).then().statusCode(401);
    }
}
