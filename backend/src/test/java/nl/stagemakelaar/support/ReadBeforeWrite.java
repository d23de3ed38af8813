package nl.stagemakelaar.support;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import static io.restassured.RestAssured.given;

/**
 * Decisions and placement steps need If-Match. Scenario tests act as a client that read the record just
 * before: when a step is sent without If-Match, this reads the record with the same token and sends its
 * version. Tests about If-Match itself set the header (an empty one counts as missing), and are left alone.
 */
public class ReadBeforeWrite implements Filter {

    static final Pattern STEP = Pattern.compile(
            "(/api/v1/(?:portal/)?(?:placements|referrals)/[^/]+)/(accept|decline|waitlist|interview|withdraw|start|complete|end-early)$");

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        if ("POST".equals(request.getMethod()) && !request.getHeaders().hasHeaderWithName("If-Match")) {
            Matcher m = STEP.matcher(request.getDerivedPath());
            String authorization = request.getHeaders().getValue("Authorization");
            if (authorization == null && request.getAuthenticationScheme()
                    instanceof io.restassured.authentication.PreemptiveOAuth2HeaderScheme oauth) {
                authorization = "Bearer " + oauth.getAccessToken();
            }
            if (m.find() && authorization != null) {
                Response current = given().header("Authorization", authorization).get(m.group(1));
                if (current.statusCode() == 200) {
                    request.header("If-Match", "\"" + current.path("version") + "\"");
                }
            }
        }
        return context.next(request, response);
    }
}
