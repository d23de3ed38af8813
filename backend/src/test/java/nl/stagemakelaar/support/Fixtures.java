package nl.stagemakelaar.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import static nl.stagemakelaar.support.Api.*;

/** Records made through the API as a given user, for tests that need an employer, place, student or proposal. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String employer(String user, Map<String, Object> extra) {
        var body = new HashMap<String, Object>(Map.of("name", unique("Werkgever "), "city", "Amsterdam",
                "kvkNumber", String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999))));
        body.putAll(extra);
        return as(user).body(body).post("/api/v1/employers").then().statusCode(201).extract().path("id");
    }

    public static String place(String user, String employerId, Map<String, Object> extra) {
        var body = new HashMap<String, Object>(Map.of("employerId", employerId, "title", unique("Stageplek ")));
        body.putAll(extra);
        return as(user).body(body).post("/api/v1/places").then().statusCode(201).extract().path("id");
    }

    public static String student(String user, String schoolId, String programmeId) {
        var body = new HashMap<String, Object>(Map.of("firstName", "Plaats", "lastName", unique("Test"),
                "dateOfBirth", "2006-06-06", "schoolId", schoolId,
                "consent", consent()));
        if (programmeId != null) {
            body.put("programmeId", programmeId);
        }
        return as(user).body(body).post("/api/v1/students").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> proposal(String studentId, String placeId) {
        var m = new HashMap<String, Object>(Map.of("studentId", studentId,
                "profile", "Gemotiveerd, zoekt een rustige plek; spreekt goed Nederlands.", "consentToShare", true,
                "consentDate", LocalDate.now().toString()));
        if (placeId != null) {
            m.put("placeId", placeId);
        }
        return m;
    }

    /** Proposes with {@code body} (see {@link #proposal}), then accepts and starts today: a running internship. */
    public static String runningInternship(Map<String, Object> body) {
        String id = as(BROKER_WEST).body(body).post("/api/v1/placements").then().statusCode(201).extract().path("id");
        for (String step : new String[] {"accept", "start"}) {
            as(BROKER_WEST).body(Map.of("startDate", LocalDate.now().toString())).post("/api/v1/placements/" + id + "/" + step)
                    .then().statusCode(200);
        }
        return id;
    }

    public static final String EMPLOYER_PASSWORD = "Bakkerij-wachtwoord-1";

    /** Invites a new contact person of the employer and returns the link's token. */
    public static String invite(String broker, String employerId, String email) {
        String link = as(broker).body(Map.of("email", email, "firstName", "Ilse", "lastName", "Testers"))
                .post("/api/v1/employers/" + employerId + "/invitations")
                .then().statusCode(201).body("status", org.hamcrest.Matchers.is("INVITED"))
                .body("link", org.hamcrest.Matchers.startsWith("http"))
                .extract().path("link");
        return link.substring(link.lastIndexOf('#') + 1);
    }

    /** A fresh employer of broker.west's network with an active portal user; returns its access token. */
    public static String[] activeEmployerUser() {
        String employer = employer(BROKER_WEST, Map.of());
        String email = unique("contact") + "@example.nl";
        String token = invite(BROKER_WEST, employer, email);
        anonymous().body(Map.of("token", token, "password", EMPLOYER_PASSWORD)).post("/api/v1/invitations/accept")
                .then().statusCode(204);
        String access = Tokens.login(email, EMPLOYER_PASSWORD).then().statusCode(200).extract().path("access_token");
        return new String[] {employer, email, access};
    }
}
