package nl.stagemakelaar.student;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import nl.stagemakelaar.support.QueryCounter;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class StudentResourceTest {

    @Inject
    QueryCounter queries;

    static Map<String, Object> student(String firstName, String lastName) {
        return Map.of("firstName", firstName, "lastName", lastName, "dateOfBirth", "2007-05-01",
                "schoolId", SCHOOL_DELTA, "programmeId", PROGRAMME_RETAIL_2, "phone", "06 1234 5678",
                "consent", consent());
    }

    static String create(String username, Map<String, Object> body) {
        return as(username).body(body).post("/api/v1/students")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void brokerRegistersStudentInOwnOrganisationWithOrganisationDefaults() {
        as(BROKER_WEST).body(student("Ayoub", unique("Test"))).post("/api/v1/students")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/students/"))
                .header("ETag", "\"0\"")
                .body("phase", is("INTAKE"))
                .body("guidanceIntensity", is("PLACEMENT_ONLY"))
                .body("school.name", is("Delta College"))
                .body("programme.level", is(2))
                .body("createdBy", is("broker.west"));
    }

    @Test
    void schoolBasedOrganisationDefaultsToIntensiveGuidance() {
        var body = new java.util.HashMap<>(student("Lars", unique("Test")));
        body.put("schoolId", SCHOOL_RIVIER);
        as(BROKER_RIVIER).body(body).post("/api/v1/students")
                .then().statusCode(201).body("guidanceIntensity", is("INTENSIVE"));
    }

    @Test
    void withoutTokenIs401AndWithGarbageTokenIs401() {
        anonymous().get("/api/v1/students").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
        anonymous().auth().oauth2("not.a.token").get("/api/v1/students").then().statusCode(401);
        anonymous().body(student("A", "B")).post("/api/v1/students").then().statusCode(401);
    }

    @Test
    void mentorsAndEmployersCannotReachStudents() {
        String id = create(BROKER_WEST, student("Iris", unique("Test")));
        for (String user : new String[] {MENTOR_RIVIER, MENTOR_DELTA, EMPLOYER_DEMO}) {
            as(user).get("/api/v1/students").then().statusCode(403).contentType("application/problem+json");
            as(user).get("/api/v1/students/" + id).then().statusCode(403);
            as(user).body(student("X", "Y")).post("/api/v1/students").then().statusCode(403);
        }
    }

    @Test
    void studentOfAnotherOrganisationIsNotFound() {
        String id = create(BROKER_WEST, student("Joy", unique("Test")));
        as(LEAD_WEST).get("/api/v1/students/" + id).then().statusCode(200);
        as(BROKER_RIVIER).get("/api/v1/students/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        as(BROKER_RIVIER).header("If-Match", "\"0\"").body(student("Joy", "Hacked"))
                .put("/api/v1/students/" + id).then().statusCode(404);
        as(BROKER_RIVIER).get("/api/v1/students?q=joy").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void schoolNotServedByTheOrganisationIsRefused() {
        var body = new java.util.HashMap<>(student("Tim", unique("Test")));
        body.put("schoolId", SCHOOL_RIVIER);
        as(BROKER_WEST).body(body).post("/api/v1/students").then().statusCode(400)
                .body("errors[0].field", is("schoolId"));
    }

    @Test
    void updateNeedsTheCurrentEtag() {
        String id = create(BROKER_WEST, student("Nina", unique("Test")));
        var changed = new java.util.HashMap<>(student("Nina", "Veranderd"));

        as(BROKER_WEST).body(changed).put("/api/v1/students/" + id).then().statusCode(428);
        // "*" would mean "whatever the version": not a way around the check.
        as(BROKER_WEST).header("If-Match", "*").body(changed).put("/api/v1/students/" + id).then().statusCode(412);
        // The intensity changes only through its own action, which records why.
        var intensity = new java.util.HashMap<>(changed);
        intensity.put("guidanceIntensity", "INTENSIVE");
        as(BROKER_WEST).header("If-Match", "\"0\"").body(intensity).put("/api/v1/students/" + id).then().statusCode(400)
                .body("errors[0].field", is("guidanceIntensity")).body("errors[0].code", is("UseIntensityChange"));
        as(BROKER_WEST).header("If-Match", "\"0\"").body(changed).put("/api/v1/students/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("lastName", is("Veranderd")).body("guidanceIntensity", is("PLACEMENT_ONLY"));
        as(BROKER_WEST).get("/api/v1/students/" + id + "/timeline").then().statusCode(200)
                .body("items.find { it.kind == 'STUDENT_UPDATED' }.detail", is("name"));
        // A second writer still holding version 0 must not overwrite the first one's change.
        as(LEAD_WEST).header("If-Match", "\"0\"").body(student("Nina", "Overschreven"))
                .put("/api/v1/students/" + id).then().statusCode(412).contentType("application/problem+json");
        as(BROKER_WEST).get("/api/v1/students/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("lastName", is("Veranderd")).body("updatedBy", is("broker.west"));
    }

    @Test
    void invalidInputNamesTheField() {
        as(BROKER_WEST).body(Map.of("lastName", "", "dateOfBirth", "2099-01-01", "schoolId", SCHOOL_DELTA,
                        "email", "geen-mail"))
                .post("/api/v1/students").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("firstName", "lastName", "dateOfBirth", "email"))
                .body("errors.find { it.field == 'firstName' }.code", is("NotBlank"));
    }

    @Test
    void malformedJsonUnknownEnumUnknownFieldAndBadIdsAreClientErrors() {
        as(BROKER_WEST).body("{\"firstName\": ").post("/api/v1/students").then().statusCode(400)
                .contentType("application/problem+json");
        var badEnum = new java.util.HashMap<String, Object>(student("E", "F"));
        badEnum.put("guidanceIntensity", "SOMETIMES");
        as(BROKER_WEST).body(badEnum).post("/api/v1/students").then().statusCode(400)
                .body("errors[0].field", is("guidanceIntensity")).body("errors[0].code", is("Enum"));
        var unknown = new java.util.HashMap<String, Object>(student("E", "F"));
        unknown.put("organisationId", ORG_RIVIER);
        as(BROKER_WEST).body(unknown).post("/api/v1/students").then().statusCode(400)
                .body("errors[0].field", is("organisationId"));
        var badDate = new java.util.HashMap<String, Object>(student("E", "F"));
        badDate.put("dateOfBirth", "31-12-2007");
        as(BROKER_WEST).body(badDate).post("/api/v1/students").then().statusCode(400)
                .body("errors[0].field", is("dateOfBirth"));
        as(BROKER_WEST).get("/api/v1/students/not-a-uuid").then().statusCode(404);
        as(BROKER_WEST).get("/api/v1/students?schoolId=nope").then().statusCode(400)
                .body("errors[0].field", is("schoolId"));
        as(BROKER_WEST).get("/api/v1/students?phase=SLEEPING").then().statusCode(400)
                .body("errors[0].field", is("phase"));
        as(BROKER_WEST).get("/api/v1/students?size=101").then().statusCode(400)
                .body("errors[0].field", is("size"));
        as(BROKER_WEST).body("[]").post("/api/v1/students").then().statusCode(400);
        as(BROKER_WEST).body("null").post("/api/v1/students").then().statusCode(400);
    }

    @Test
    void oversizedInputIsRefused() {
        as(BROKER_WEST).body(Map.of("firstName", "x".repeat(101), "lastName", "L", "dateOfBirth", "2007-01-01",
                "schoolId", SCHOOL_DELTA)).post("/api/v1/students").then().statusCode(400)
                .body("errors[0].field", is("firstName")).body("errors[0].code", is("Size"));
        as(BROKER_WEST).body("{\"firstName\":\"" + "x".repeat(300_000) + "\"}").post("/api/v1/students")
                .then().statusCode(400).body("errors.field", hasItem("firstName"));
        as(BROKER_WEST).get("/api/v1/students?q=" + "a".repeat(101)).then().statusCode(400)
                .body("errors[0].field", is("q"));
    }

    @Test
    void searchIgnoresAccentsAndCaseAndCombinesWithFilters() {
        String family = unique("Özdemir");
        String id = create(BROKER_WEST, student("Emre", family));
        String folded = family.replace("Ö", "o").toLowerCase();
        as(BROKER_WEST).queryParam("q", folded).get("/api/v1/students")
                .then().statusCode(200).body("total", is(1)).body("items[0].id", is(id))
                .body("items[0].school.name", is("Delta College"));
        as(BROKER_WEST).queryParam("q", "EMRE " + folded.toUpperCase()).get("/api/v1/students")
                .then().body("total", is(1));
        as(BROKER_WEST).queryParam("q", folded).queryParam("schoolId", SCHOOL_NOORDKADE).get("/api/v1/students")
                .then().body("total", is(0));
        as(BROKER_WEST).queryParam("q", folded).queryParam("level", 2).queryParam("phase", "intake")
                .queryParam("programmeId", PROGRAMME_RETAIL_2).get("/api/v1/students")
                .then().body("total", is(1));
        as(BROKER_WEST).queryParam("q", folded).queryParam("level", 3).get("/api/v1/students")
                .then().body("total", is(0));
        as(BROKER_WEST).queryParam("q", "100%").get("/api/v1/students").then().statusCode(200).body("total", is(0));
        // Full-text search also covers school and programme, by word prefix.
        as(BROKER_WEST).queryParam("q", "emr " + folded + " delta verkoop").get("/api/v1/students")
                .then().body("total", is(1)).body("items[0].id", is(id));
        as(BROKER_WEST).queryParam("q", folded + " noordkade").get("/api/v1/students").then().body("total", is(0));
        as(BROKER_WEST).queryParam("q", "25645 " + folded).get("/api/v1/students").then().body("total", is(1));
        as(BROKER_WEST).queryParam("q", "x' | ! & :*").get("/api/v1/students").then().statusCode(200);
    }

    @Test
    void listIsPagedAndUsesTwoQueriesWhateverThePageSize() {
        String family = unique("Paging");
        for (int i = 0; i < 5; i++) {
            create(BROKER_WEST, student("Kind" + i, family));
        }
        as(BROKER_WEST).queryParam("q", family).queryParam("size", 2).queryParam("page", 2)
                .get("/api/v1/students").then().statusCode(200)
                .body("total", is(5)).body("page", is(2)).body("size", is(2)).body("items", hasSize(1))
                .body("items[0].firstName", is("Kind4"));
        // Page and count: school and programme come with the page query, not one query per row.
        long small = queries.count(() -> as(BROKER_WEST).queryParam("size", 1).get("/api/v1/students")
                .then().statusCode(200));
        long large = queries.count(() -> as(BROKER_WEST).queryParam("size", 100).get("/api/v1/students")
                .then().statusCode(200).body("items.size()", greaterThan(5)));
        assertTrue(large <= small && large <= 3, "list used " + large + " statements for 100 rows vs " + small);
    }

    @Test
    void oneStudentIsOneReadWithItsSchoolAndProgramme() {
        String id = create(BROKER_WEST, student("Enkel", unique("Lezen")));
        // The busiest read of the desk (issue 15): the school and programme come with the student, not after it.
        long statements = queries.count(() -> as(BROKER_WEST).get("/api/v1/students/" + id).then().statusCode(200)
                .body("school.name", notNullValue()).body("programme.name", notNullValue()));
        assertTrue(statements <= 1, "reading a student used " + statements + " statements");
    }
}
