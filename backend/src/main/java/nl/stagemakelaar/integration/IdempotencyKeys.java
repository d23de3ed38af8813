package nl.stagemakelaar.integration;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Problem;
import nl.stagemakelaar.common.Row;

/**
 * Writes that survive retries: the first POST with an {@code Idempotency-Key} claims the key for its caller, and its
 * response is kept; the same key with the same request answers that response again, with a different request 422.
 * Claims and responses are their own short transactions, so a second identical request that arrives while the first
 * runs sees the claim, waits for the response and replays it. Kept at least 24 hours (purged hourly after that).
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** A claim whose request never finished (the instance stopped) is taken over after this long. */
    static final String ABANDONED_AFTER = "60 seconds";
    static final long WAIT_MILLIS = 10_000;

    @Inject EntityManager em;

    /** Who holds a claim, for the response filter to complete it. */
    public record Claim(String owner, String key) {
    }

    /** Empty: this request holds the key and runs. Present: the response to answer instead. */
    public Optional<Response> claim(String owner, String key, String requestHash) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            Optional<Optional<Response>> decided = QuarkusTransaction.requiringNew().call(() -> tryClaim(owner, key, requestHash));
            if (decided.isPresent()) {
                return decided.get();
            }
            if (System.currentTimeMillis() > deadline) {
                throw new ApiException(409, "idempotency-key-in-progress", "A request with this Idempotency-Key is still running;"
                        + " try again shortly", List.of(new Problem.FieldError("Idempotency-Key", "InProgress", "still running")));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Outer empty: still running elsewhere, ask again. */
    private Optional<Optional<Response>> tryClaim(String owner, String key, String requestHash) {
        int inserted = em.createNativeQuery("insert into idempotency_key (owner, key, request_hash, created_at)"
                + " values (:o, :k, :h, now()) on conflict (owner, key) do nothing")
                .setParameter("o", owner).setParameter("k", key).setParameter("h", requestHash).executeUpdate();
        if (inserted == 1) {
            return Optional.of(Optional.empty());
        }
        List<Row> found = Row.all(em.createNativeQuery("select request_hash, status, content_type, location, etag, body,"
                + " created_at < now() - cast(:after as interval) as abandoned from idempotency_key where owner = :o and key = :k",
                Tuple.class).setParameter("after", ABANDONED_AFTER).setParameter("o", owner).setParameter("k", key));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Row r = found.get(0);
        if (!requestHash.equals(r.text("request_hash"))) {
            throw new ApiException(422, "idempotency-key-reused", "This Idempotency-Key was used for a different request",
                    List.of(new Problem.FieldError("Idempotency-Key", "Reused", "used before with another method, path or body")));
        }
        if (r.integer("status") != null) {
            Response.ResponseBuilder replay = Response.status(r.integer("status")).header("Idempotent-Replayed", "true");
            if (r.text("body") != null) {
                replay.entity(r.text("body")).type(r.text("content_type"));
            }
            if (r.text("location") != null) {
                replay.header("Location", r.text("location"));
            }
            if (r.text("etag") != null) {
                replay.header("ETag", r.text("etag"));
            }
            return Optional.of(Optional.of(replay.build()));
        }
        if (Boolean.TRUE.equals(r.tuple().get("abandoned"))) {
            int taken = em.createNativeQuery("update idempotency_key set created_at = now() where owner = :o and key = :k"
                    + " and status is null and created_at < now() - cast(:after as interval)")
                    .setParameter("o", owner).setParameter("k", key).setParameter("after", ABANDONED_AFTER).executeUpdate();
            if (taken == 1) {
                return Optional.of(Optional.empty());
            }
        }
        return Optional.empty();
    }

    /** The first response, kept for the retries. */
    public void complete(Claim c, int status, String contentType, String location, String etag, String body) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update idempotency_key set status = :s, content_type = :t,"
                + " location = :l, etag = :e, body = :b where owner = :o and key = :k")
                .setParameter("s", status).setParameter("t", contentType).setParameter("l", location).setParameter("e", etag)
                .setParameter("b", body).setParameter("o", c.owner()).setParameter("k", c.key()).executeUpdate());
    }

    /** The request failed on our side: nothing was kept, so a retry with the key runs again. */
    public void release(Claim c) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from idempotency_key where owner = :o and key = :k")
                .setParameter("o", c.owner()).setParameter("k", c.key()).executeUpdate());
    }

    /** Every instance may run it: deleting what is older than a day twice is harmless. */
    @Scheduled(identity = "idempotency-keys", every = "1h", delay = 5, delayUnit = java.util.concurrent.TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        int n = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "delete from idempotency_key where created_at < now() - interval '24 hours'").executeUpdate());
        if (n > 0) {
            Log.infof("idempotency keys: %d older than a day removed", n);
        }
    }
}
