package nl.stagemakelaar.common;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import nl.stagemakelaar.security.LinkRateLimit;
import nl.stagemakelaar.security.TenantScope;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Runs before a request is matched to an endpoint. Deny by default: a call to the API without a bearer
 * token is 401 before content negotiation could answer 415 or 405, except on the few public paths.
 * A NUL character in a query parameter or path is a 400 naming it (PostgreSQL refuses the byte).
 */
public class RequestGuard {

    @Inject TenantScope tenantScope;
    @Inject LinkRateLimit rateLimit;

    /** The only API paths that take no token: links opened without an account (an invitation, a survey). */
    static final List<String> PUBLIC_PREFIXES = List.of("/api/v1/invitations/preview", "/api/v1/invitations/accept",
            "/api/v1/surveys/open", "/api/v1/surveys/answers", "/api/v1/sign-up/", "/api/v1/kit-links/");

    @ServerRequestFilter(preMatching = true)
    public Response guard(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        tenantScope.markHttpRequest();
        if (path.indexOf('\u0000') >= 0) {
            return ProblemMappers.problem(400, "validation-failed", "The request has invalid fields",
                    List.of(new Problem.FieldError("path", "Characters", "path contains a NUL character")));
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            for (String v : e.getValue()) {
                if (v != null && v.indexOf('\u0000') >= 0 || e.getKey().indexOf('\u0000') >= 0) {
                    String name = e.getKey().replace("\u0000", "");
                    return ProblemMappers.problem(400, "validation-failed", "The request has invalid fields",
                            List.of(new Problem.FieldError(name, "Characters", name + " contains a NUL character")));
                }
            }
        }
        boolean publicLink = PUBLIC_PREFIXES.stream().anyMatch(path::startsWith);
        if (path.startsWith("/api/") && request.getHeaderString("Authorization") == null && !publicLink) {
            return ProblemMappers.unauthenticated();
        }
        if (publicLink) {
            long wait = rateLimit.retryAfter(http.remoteAddress() == null ? "?" : http.remoteAddress().host());
            if (wait > 0) {
                return Response.fromResponse(ProblemMappers.problem(429, "too-many-requests",
                        "Too many requests from this address: try again in a minute", List.of()))
                        .header("Retry-After", String.valueOf(wait)).build();
            }
        }
        return null;
    }
}
