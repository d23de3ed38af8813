package nl.stagemakelaar.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.stagemakelaar.common.AppConfig;
import nl.stagemakelaar.common.Row;

/**
 * Sends the due deliveries of the outbox (V24), one per short transaction that holds the delivery's row lock
 * (FOR UPDATE SKIP LOCKED): with two or more instances each delivery is sent by one of them, and a delivery whose
 * sender stopped mid-way is simply due again. Receivers can therefore see an event twice and de-duplicate by id.
 * Failures retry with exponential backoff until the event is {@code retry-for} old; an endpoint that fails for
 * {@code pause-after} is paused until a lead resumes it.
 */
@ApplicationScoped
public class WebhookWorker {

    static final String SIGNATURE = "Stagemakelaar-Signature";
    /** The event's own data as stored (the API's reader refuses nulls in maps, which event data may hold). */
    /** Times as ISO 8601 text, as the API writes them. */
    private static final ObjectMapper DATA = new ObjectMapper().findAndRegisterModules()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Inject EntityManager em;

    @Inject AppConfig config;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Scheduled(identity = "webhooks", every = "{stagemakelaar.webhooks.every}", delayed = "{stagemakelaar.webhooks.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        deliverDue();
    }

    /** Sends what is due, up to a batch; the number sent (successfully or not). */
    public int deliverDue() {
        int n = 0;
        while (n < config.webhooks().batch() && Boolean.TRUE.equals(QuarkusTransaction.requiringNew().timeout(30).call(this::deliverOne))) {
            n++;
        }
        return n;
    }

    private boolean deliverOne() {
        List<Row> due = Row.all(em.createNativeQuery("""
                select d.id, d.attempts, e.id as endpoint_id, e.url, e.secret, ev.id as event_id, ev.type, ev.resource_id,
                       ev.data::text as data, ev.occurred_at
                  from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id join integration_event ev on ev.id = d.event_id
                 where d.status = 'PENDING' and d.next_attempt_at <= now() and e.status = 'ACTIVE'
                 order by d.next_attempt_at, d.id limit 1 for update of d skip locked""", Tuple.class));
        if (due.isEmpty()) {
            return false;
        }
        Row d = due.get(0);
        String body = body(d);
        long timestamp = System.currentTimeMillis() / 1000;
        Integer status = null;
        String error = null;
        URI target = URI.create(d.text("url"));
        try {
            if (!config.webhooks().allowPrivateAddresses() && WebhookAddresses.internalTarget(target) != null) {
                throw new IOException("the address is on a private network or this machine");
            }
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(target)
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .header("User-Agent", "Stagemakelaar-Webhooks/1").header("Stagemakelaar-Event-Id", String.valueOf(d.count("event_id")))
                    .header(SIGNATURE, "t=" + timestamp + ",v1=" + sign(d.text("secret"), timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status < 200 || status >= 300) {
                error = "answered " + status;
            }
        } catch (IOException | IllegalArgumentException e) {
            String why = e.getClass().getSimpleName() + ": " + e.getMessage();
            error = why.substring(0, Math.min(300, why.length()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        if (error == null) {
            em.createNativeQuery("update webhook_delivery set status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = now(),"
                    + " last_status = :s, last_error = null, delivered_at = now() where id = :id")
                    .setParameter("s", status).setParameter("id", d.count("id")).executeUpdate();
            em.createNativeQuery("update webhook_endpoint set failing_since = null where id = :e and failing_since is not null")
                    .setParameter("e", d.uuid("endpoint_id")).executeUpdate();
            return true;
        }
        int attempts = d.integer("attempts") + 1;
        var settings = config.webhooks();
        long backoff = Math.min(settings.maxRetry().toSeconds(), settings.firstRetry().toSeconds() << Math.min(attempts - 1, 20));
        em.createNativeQuery("""
                update webhook_delivery set attempts = :a, last_attempt_at = now(), last_status = :s, last_error = :err,
                       status = case when :occurred < now() - cast(:retryFor as interval) then 'FAILED' else 'PENDING' end,
                       next_attempt_at = now() + cast(:backoff as interval) where id = :id""")
                .setParameter("a", attempts).setParameter("s", status).setParameter("err", error)
                .setParameter("occurred", d.time("occurred_at")).setParameter("retryFor", settings.retryFor().toSeconds() + " seconds")
                .setParameter("backoff", backoff + " seconds").setParameter("id", d.count("id")).executeUpdate();
        em.createNativeQuery("update webhook_endpoint set failing_since = now() where id = :e and failing_since is null")
                .setParameter("e", d.uuid("endpoint_id")).executeUpdate();
        int paused = em.createNativeQuery("update webhook_endpoint set status = 'PAUSED', paused_at = now() where id = :e"
                + " and status = 'ACTIVE' and failing_since < now() - cast(:pause as interval)")
                .setParameter("pause", settings.pauseAfter().toSeconds() + " seconds").setParameter("e", d.uuid("endpoint_id")).executeUpdate();
        if (paused > 0) {
            Log.warnf("webhook endpoint %s paused: failing for longer than %s", d.uuid("endpoint_id"), settings.pauseAfter());
        }
        return true;
    }

    private static String body(Row d) {
        try {
            return DATA.writeValueAsString(EventFeed.Event.of(d, "event_id"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event data is not JSON", e);
        }
    }

    /** HMAC-SHA256 of "timestamp.body" under the endpoint's secret, hex. */
    static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
