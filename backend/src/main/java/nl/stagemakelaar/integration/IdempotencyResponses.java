package nl.stagemakelaar.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** The other half of {@link Idempotency}: answering a kept response, and keeping the first one. */
public class IdempotencyResponses {

    @Inject IdempotencyKeys keys;
    @Inject Idempotency.Held held;
    @Inject ObjectMapper json;

    @ServerExceptionMapper
    public Response replay(Idempotency.Replay r) {
        return r.response;
    }

    /** Keeps the first response (a failure on our side is not kept: the retry runs again). */
    @ServerResponseFilter
    public void keep(ContainerResponseContext response) {
        IdempotencyKeys.Claim claim = held.claim;
        if (claim == null) {
            return;
        }
        held.claim = null;
        if (response.getStatus() >= 500) {
            keys.release(claim);
            return;
        }
        String body;
        try {
            Object entity = response.getEntity();
            body = entity == null ? null : entity instanceof String s ? s : json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            keys.release(claim);
            return;
        }
        keys.complete(claim, response.getStatus(), response.getMediaType() == null ? null : response.getMediaType().toString(),
                response.getHeaderString("Location"), response.getHeaderString("ETag"), body);
    }

}
