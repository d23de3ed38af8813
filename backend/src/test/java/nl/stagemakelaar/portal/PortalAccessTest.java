package nl.stagemakelaar.portal;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import static nl.stagemakelaar.support.Api.*;

/** Every endpoint of the employer portal, its accounts and check-ins: no token 401, a wrong role 403. */
@QuarkusTest
class PortalAccessTest {

    record Call(String method, String path, String wrongRole) {
    }

    static final String ID = UUID.randomUUID().toString();

    static final List<Call> CALLS = List.of(
            new Call("GET", "/api/v1/portal/profile", BROKER_WEST),
            new Call("PUT", "/api/v1/portal/profile", MENTOR_DELTA),
            new Call("GET", "/api/v1/portal/places", LEAD_WEST),
            new Call("POST", "/api/v1/portal/places", BROKER_WEST),
            new Call("GET", "/api/v1/portal/places/" + ID, MENTOR_RIVIER),
            new Call("PUT", "/api/v1/portal/places/" + ID, BROKER_WEST),
            new Call("GET", "/api/v1/portal/candidates", BROKER_WEST),
            new Call("GET", "/api/v1/portal/interns", MENTOR_DELTA),
            new Call("GET", "/api/v1/portal/placements/" + ID, BROKER_WEST),
            new Call("POST", "/api/v1/portal/placements/" + ID + "/interview", BROKER_WEST),
            new Call("POST", "/api/v1/portal/placements/" + ID + "/accept", LEAD_WEST),
            new Call("POST", "/api/v1/portal/placements/" + ID + "/decline", BROKER_WEST),
            new Call("GET", "/api/v1/portal/placements/" + ID + "/check-ins", BROKER_WEST),
            new Call("POST", "/api/v1/portal/placements/" + ID + "/check-ins", BROKER_WEST),
            new Call("PUT", "/api/v1/portal/placements/" + ID + "/hours", BROKER_WEST),
            new Call("POST", "/api/v1/portal/placements/" + ID + "/evaluation", BROKER_WEST),
            new Call("GET", "/api/v1/portal/placements/" + ID + "/cv", BROKER_WEST),
            new Call("GET", "/api/v1/employers/" + ID + "/invitations", EMPLOYER_DEMO),
            new Call("POST", "/api/v1/employers/" + ID + "/invitations", MENTOR_DELTA),
            new Call("POST", "/api/v1/employers/" + ID + "/invitations/" + ID + "/resend", EMPLOYER_DEMO),
            new Call("POST", "/api/v1/employers/" + ID + "/invitations/" + ID + "/revoke", EMPLOYER_DEMO),
            new Call("GET", "/api/v1/placements/" + ID + "/check-ins", EMPLOYER_DEMO),
            new Call("POST", "/api/v1/check-ins/" + ID + "/acknowledge", MENTOR_RIVIER));

    @Test
    void withoutATokenEveryCallIs401AndWithTheWrongRole403() {
        for (Call c : CALLS) {
            anonymous().body("{}").request(c.method(), c.path()).then().statusCode(401);
            as(c.wrongRole()).body("{}").request(c.method(), c.path()).then().statusCode(403);
        }
    }
}
