package nl.stagemakelaar.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.AppConfig;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Row;
import nl.stagemakelaar.common.Total;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.security.LinkTokens;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The organisation's webhook endpoints, as its lead registers, pauses, resumes and reads them. */
@ApplicationScoped
public class Webhooks {

    static final Set<String> EVENTS = Set.of("referral.created", "referral.decided", "student.phase_changed", "student.erased",
            "placement.status_changed", "checkin.signal_raised");

    @Inject EntityManager em;
    @Inject Caller caller;

    @Inject AppConfig config;

    @Schema(name = "WebhookEndpointInput")
    public record Input(@NotBlank @Size(max = 500) String url,
            @NotNull @Size(min = 1, max = 6) List<@NotNull @Size(max = 40) String> events) {
    }

    @Schema(name = "WebhookEndpoint")
    public record Endpoint(UUID id, String url, List<String> events,
            @Schema(enumeration = {"ACTIVE", "PAUSED"}) String status,
            @Schema(nullable = true, description = "Since when every delivery failed") OffsetDateTime failingSince,
            @Schema(nullable = true) OffsetDateTime pausedAt, OffsetDateTime createdAt, String createdBy,
            @Schema(nullable = true, description = "Only in the answer that created the endpoint: sign-check with it") String secret) {
    }

    @Schema(name = "WebhookDelivery")
    public record Delivery(long id, long eventId, String eventType, OffsetDateTime occurredAt,
            @Schema(enumeration = {"PENDING", "DELIVERED", "FAILED"}) String status, int attempts,
            @Schema(nullable = true) OffsetDateTime lastAttemptAt, @Schema(nullable = true) Integer lastStatus,
            @Schema(nullable = true) String lastError, @Schema(nullable = true) OffsetDateTime nextAttemptAt,
            @Schema(nullable = true) OffsetDateTime deliveredAt) {
    }

    @Transactional
    public Endpoint create(Input in) {
        URI url;
        try {
            url = URI.create(in.url().trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("url", "Format", "not a URL");
        }
        boolean allowHttp = config.webhooks().allowHttp();
        if (url.getHost() == null || !("https".equals(url.getScheme()) || allowHttp && "http".equals(url.getScheme()))) {
            throw ApiException.invalidField("url", "Format", allowHttp ? "an http(s) URL" : "an https URL");
        }
        if (!config.webhooks().allowPrivateAddresses() && WebhookAddresses.internalTarget(url) != null) {
            throw ApiException.invalidField("url", "Address", "the address is on a private network or this machine");
        }
        for (int i = 0; i < in.events().size(); i++) {
            if (!EVENTS.contains(in.events().get(i))) {
                throw ApiException.invalidField("events[" + i + "]", "Enum", "must be one of " + EVENTS);
            }
        }
        UUID id = UUID.randomUUID();
        String secret = "whsec_" + LinkTokens.newToken();
        em.createNativeQuery("insert into webhook_endpoint (id, organisation_id, url, events, secret, created_at, created_by)"
                + " values (:id, :o, :u, cast(:e as varchar(40)[]), :s, now(), :by)").setParameter("id", id)
                .setParameter("o", caller.organisationId()).setParameter("u", url.toString())
                .setParameter("e", "{" + String.join(",", in.events().stream().distinct().toList()) + "}")
                .setParameter("s", secret).setParameter("by", caller.username()).executeUpdate();
        Endpoint e = find(id);
        return new Endpoint(e.id(), e.url(), e.events(), e.status(), null, null, e.createdAt(), e.createdBy(), secret);
    }

    @Transactional
    public List<Endpoint> list() {
        return Row.all(em.createNativeQuery(SELECT + " where organisation_id = :o order by created_at", Tuple.class)
                .setParameter("o", caller.organisationId())).stream().map(Webhooks::endpoint).toList();
    }

    /** Active again: deliveries that waited while it was paused go out now. */
    @Transactional
    public Endpoint resume(UUID id) {
        find(id);
        em.createNativeQuery("update webhook_endpoint set status = 'ACTIVE', failing_since = null, paused_at = null,"
                + " version = version + 1 where id = :id").setParameter("id", id).executeUpdate();
        em.createNativeQuery("update webhook_delivery set next_attempt_at = now() where endpoint_id = :id and status = 'PENDING'")
                .setParameter("id", id).executeUpdate();
        return find(id);
    }

    @Transactional
    public void delete(UUID id) {
        find(id);
        em.createNativeQuery("delete from webhook_endpoint where id = :id").setParameter("id", id).executeUpdate();
    }

    /** The delivery log, newest first. */
    @Transactional
    public PageResult<Delivery> deliveries(UUID id, PageRequest page) {
        find(id);
        List<Delivery> items = Row.all(em.createNativeQuery("""
                select d.id, d.event_id, ev.type, ev.occurred_at, d.status, d.attempts, d.last_attempt_at, d.last_status,
                       d.last_error, d.next_attempt_at, d.delivered_at
                  from webhook_delivery d join integration_event ev on ev.id = d.event_id
                 where d.endpoint_id = :id order by d.id desc offset :off limit :n""", Tuple.class)
                .setParameter("id", id).setParameter("off", page.offset()).setParameter("n", page.size())).stream()
                .map(r -> new Delivery(r.count("id"), r.count("event_id"), r.text("type"), r.time("occurred_at"), r.text("status"),
                        r.integer("attempts"), r.time("last_attempt_at"), r.integer("last_status"), r.text("last_error"),
                        "PENDING".equals(r.text("status")) ? r.time("next_attempt_at") : null, r.time("delivered_at")))
                .toList();
        long n = ((Number) em.createNativeQuery("select count(*) from (select 1 from webhook_delivery where endpoint_id = :id"
                + " limit :lim) x").setParameter("id", id).setParameter("lim", page.countLimit() + 1).getSingleResult()).longValue();
        return PageResult.of(items, page, new Total(Math.min(n, page.countLimit()), n <= page.countLimit()), d -> d);
    }

    static final String SELECT = "select id, url, array_to_string(events, ',') as events, status, failing_since, paused_at,"
            + " created_at, created_by from webhook_endpoint";

    private Endpoint find(UUID id) {
        return Row.all(em.createNativeQuery(SELECT + " where id = :id and organisation_id = :o", Tuple.class)
                .setParameter("id", id).setParameter("o", caller.organisationId())).stream().findFirst().map(Webhooks::endpoint)
                .orElseThrow(() -> ApiException.notFound("Webhook endpoint"));
    }

    private static Endpoint endpoint(Row r) {
        return new Endpoint(r.uuid("id"), r.text("url"), List.of(r.text("events").split(",")), r.text("status"),
                r.time("failing_since"), r.time("paused_at"), r.time("created_at"), r.text("created_by"), null);
    }
}
