package nl.stagemakelaar.integration;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.security.Caller;

/**
 * The {@code Idempotency-Key} header on a POST with a body: read where the body is read, so the key is checked
 * against the exact bytes before anything runs; the response is kept when it leaves (see {@link IdempotencyKeys}).
 */
@Provider
public class Idempotency implements ReaderInterceptor {

    public static final String HEADER = "Idempotency-Key";
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Inject IdempotencyKeys keys;
    @Inject Caller caller;
    @Inject HttpServerRequest http;
    @Inject Held held;

    /** The claim of this request, when it holds one. */
    @RequestScoped
    public static class Held {
        IdempotencyKeys.Claim claim;
    }

    /** Thrown with the kept response: answering it is all this request does. */
    static class Replay extends RuntimeException {
        final transient Response response;

        Replay(Response response) {
            super(null, null, false, false);
            this.response = response;
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String key = context.getHeaders().getFirst(HEADER);
        if (key == null || !"POST".equals(http.method().name())) {
            return context.proceed();
        }
        if (!KEY.matcher(key).matches()) {
            throw ApiException.invalidField(HEADER, "Format", "1 to 100 letters, digits or . _ : -");
        }
        byte[] body = context.getInputStream().readAllBytes();
        String owner = caller.username();
        Optional<Response> kept = keys.claim(owner, key, hash(http.method().name() + " " + http.uri(), body));
        if (kept.isPresent()) {
            throw new Replay(kept.get());
        }
        held.claim = new IdempotencyKeys.Claim(owner, key);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static String hash(String request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(request.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
