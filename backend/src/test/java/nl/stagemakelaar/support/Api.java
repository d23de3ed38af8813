package nl.stagemakelaar.support;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import static io.restassured.RestAssured.given;

/** Request builders named after who is calling. */
public final class Api {

    public static final String BROKER_WEST = "broker.west";
    public static final String LEAD_WEST = "lead.west";
    public static final String BROKER_RIVIER = "broker.rivier";
    public static final String MENTOR_RIVIER = "mentor.rivier";
    public static final String MENTOR_DELTA = "mentor.delta";
    public static final String EMPLOYER_DEMO = "employer.demo";

    public static final String ORG_WEST = "00000000-0000-4000-a000-000000000001";
    public static final String ORG_RIVIER = "00000000-0000-4000-a000-000000000002";
    public static final String SCHOOL_RIVIER = "00000000-0000-4000-b000-000000000001";
    public static final String SCHOOL_DELTA = "00000000-0000-4000-b000-000000000002";
    public static final String SCHOOL_NOORDKADE = "00000000-0000-4000-b000-000000000003";
    public static final String PROGRAMME_RETAIL_2 = "00000000-0000-4000-d000-000000000003";
    public static final String PROGRAMME_CARE_2 = "00000000-0000-4000-d000-000000000002";
    public static final String PROGRAMME_ICT_3 = "00000000-0000-4000-d000-000000000007";
    public static final String EMPLOYER_DEMO_ID = "00000000-0000-4000-c000-000000000001";

    static {
        io.restassured.RestAssured.filters(new ReadBeforeWrite());
    }

    private Api() {
    }

    /** The consent a broker records when registering a student directly. */
    public static java.util.Map<String, Object> consent() {
        return java.util.Map.of("student", true, "date", java.time.LocalDate.now().toString());
    }

    public static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.of(username)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asClient(String clientId) {
        return given().auth().oauth2(Tokens.client(clientId)).contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    /** A name no other test or demo row uses, so list assertions see only this test's rows. */
    public static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toLowerCase();
    }
}
