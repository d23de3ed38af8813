package nl.stagemakelaar.support;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import static nl.stagemakelaar.support.Api.as;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A student's self-assessment through its personal link, as the student answers it. */
public final class Surveys {

    private Surveys() {
    }

    /** The link's token for the student's questionnaire of {@code moment}, made by {@code broker}. */
    public static String link(String broker, String student, String moment) {
        String link = as(broker).body(Map.of("moment", moment)).post("/api/v1/students/" + student + "/surveys").then()
                .statusCode(201).body("moment", is(moment)).extract().path("link");
        assertTrue(link.contains("/s#"), link);
        return link.substring(link.indexOf("/s#") + 3);
    }

    public static JsonPath form(String token) {
        return RestAssured.given().contentType("application/json").body(Map.of("token", token)).post("/api/v1/surveys/open").then().statusCode(200).extract().jsonPath();
    }

    /** Every statement rated {@code scale} (or per code from {@code perCode}), every question its first option. */
    public static List<Map<String, Object>> answers(JsonPath form, int scale, Map<String, Integer> perCode) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<Map<String, Object>> sections = form.getList("sections");
        for (var section : sections) {
            for (var item : (List<Map<String, Object>>) section.get("items")) {
                if ("SCALE".equals(item.get("kind"))) {
                    out.add(Map.of("itemId", item.get("id"), "value", perCode.getOrDefault((String) item.get("code"), scale)));
                } else {
                    var options = (List<Map<String, Object>>) item.get("options");
                    out.add(Map.of("itemId", item.get("id"), "choice", options.get(0).get("code")));
                }
            }
        }
        return out;
    }

    public static void answer(String token, List<Map<String, Object>> answers, int status) {
        RestAssured.given().contentType("application/json").body(Map.of("token", token, "answers", answers))
                .post("/api/v1/surveys/answers").then().statusCode(status);
    }
}
