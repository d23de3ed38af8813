package nl.stagemakelaar.schoolrelation;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.stagemakelaar.support.Fixtures;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class SchoolRelationTest {

    static final String LIST = "/api/v1/school-relations";

    @Test
    void aLeadKeepsCoordinatorsAndAgreementsPerSchoolAndSeesItsStudentsByPhase() {
        // A new student from Delta College: the overview counts it in intake.
        long before = ((Number) as(LEAD_WEST).get(LIST).then().statusCode(200)
                .extract().path("find { it.schoolId == '" + SCHOOL_DELTA + "' }.phases.INTAKE")).longValue();
        Fixtures.student(BROKER_WEST, SCHOOL_DELTA, null);
        var delta = as(LEAD_WEST).get(LIST).then().statusCode(200)
                .body("find { it.schoolId == '" + SCHOOL_DELTA + "' }.schoolName", is("Delta College"))
                .body("find { it.schoolId == '" + SCHOOL_DELTA + "' }.phases.INTAKE", is((int) before + 1))
                .body("find { it.schoolId == '" + SCHOOL_DELTA + "' }.phases.keySet()", hasItems("INTAKE", "CLOSED"))
                .body("find { it.schoolId == '" + SCHOOL_DELTA + "' }.outcomes.keySet()", hasItems("FOUND_THEMSELVES", "NOT_PLACED"))
                .extract();
        int version = delta.path("find { it.schoolId == '" + SCHOOL_DELTA + "' }.version");
        String url = LIST + "/" + SCHOOL_DELTA;
        var body = Map.of("agreements", "De school meldt aan na twee maanden zelf zoeken; wij doen intake en plaatsing.",
                "coordinators", List.of(Map.of("name", "Fatima Bouzid", "role", "BPV-coördinator", "email", "f.bouzid@delta.example.nl"),
                        Map.of("name", "Jan de Wit", "phone", "020 555 1234")));
        as(LEAD_WEST).body(body).put(url).then().statusCode(428);
        String etag = as(LEAD_WEST).header("If-Match", "\"" + version + "\"").body(body).put(url).then().statusCode(200)
                .body("coordinators.name", contains("Fatima Bouzid", "Jan de Wit"))
                .body("agreements", startsWith("De school meldt aan")).extract().header("ETag");
        // Stale version: 412. A smaller list replaces the old one.
        as(LEAD_WEST).header("If-Match", "\"" + version + "\"").body(body).put(url).then().statusCode(412);
        as(LEAD_WEST).header("If-Match", etag).body(Map.of("coordinators", List.of(Map.of("name", "Jan de Wit"))))
                .put(url).then().statusCode(200).body("coordinators.name", contains("Jan de Wit")).body("agreements", nullValue());
        as(BROKER_WEST).get(LIST).then().statusCode(200)
                .body("find { it.schoolId == '" + SCHOOL_DELTA + "' }.coordinators.name", contains("Jan de Wit"));

        // Bad input names the field; a school West does not serve is not found; only a lead edits.
        as(LEAD_WEST).header("If-Match", "\"0\"").body(Map.of("coordinators", List.of(Map.of("name", " ", "email", "geen-mail"))))
                .put(url).then().statusCode(400).body("errors.field", hasItems("coordinators[0].name", "coordinators[0].email"));
        as(LEAD_WEST).header("If-Match", "\"-1\"").body(body).put(LIST + "/" + SCHOOL_RIVIER).then().statusCode(404);
        as(BROKER_WEST).header("If-Match", etag).body(body).put(url).then().statusCode(403);
        as(BROKER_RIVIER).get(LIST).then().statusCode(200).body("coordinators.flatten().name", not(hasItem("Jan de Wit")));
        as(MENTOR_DELTA).get(LIST).then().statusCode(403);
        anonymous().get(LIST).then().statusCode(401);
    }
}
