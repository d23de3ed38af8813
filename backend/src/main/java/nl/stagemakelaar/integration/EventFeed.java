package nl.stagemakelaar.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Row;
import nl.stagemakelaar.security.Caller;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The organisation's events in commit order (V23): a reader that follows {@code next} sees every event once, also
 * while writes go on. Only transactions older than every running one are served, so nothing can appear behind
 * the cursor later.
 */
@ApplicationScoped
public class EventFeed {

    static final int MAX = 500;
    static final Pattern CURSOR = Pattern.compile("(\\d{1,20})\\.(\\d{1,19})");

    @Inject EntityManager em;
    @Inject Caller caller;
    /** Our own rows, read as they are: the API's reader refuses nulls in maps, which event data may hold. */
    private static final ObjectMapper DATA = new ObjectMapper();

    @Schema(name = "IntegrationEvent")
    public record Event(@Schema(description = "Unique: receivers de-duplicate on it") long id,
            @Schema(enumeration = {"referral.created", "referral.decided", "student.phase_changed", "student.erased",
                "placement.status_changed", "checkin.signal_raised"}) String type,
            OffsetDateTime occurredAt, UUID resourceId,
            @Schema(description = "The resource's new state: statuses and ids, never case content") Map<String, Object> data) {

        /** One event from its row: the feed and the webhook body are the same shape, made in one place. */
        static Event of(Row r, String idColumn) {
            try {
                return new Event(r.count(idColumn), r.text("type"), r.time("occurred_at"), r.uuid("resource_id"),
                        DATA.readValue(r.text("data"), new TypeReference<Map<String, Object>>() { }));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("event data is not JSON", e);
            }
        }
    }

    @Schema(name = "IntegrationEventPage")
    public record Page(List<Event> items,
            @Schema(description = "Pass as `after` for the next events; the same cursor again when there are none yet") String next) {
    }

    @Transactional
    public Page after(String cursor, int size) {
        long tx = 0;
        long id = 0;
        if (cursor != null) {
            Matcher m = CURSOR.matcher(decode(cursor));
            if (!m.matches()) {
                throw ApiException.invalidField("after", "Format", "not a cursor this feed gave out");
            }
            tx = Long.parseUnsignedLong(m.group(1));
            id = Long.parseLong(m.group(2));
        }
        List<Row> rows = Row.all(em.createNativeQuery("""
                select id, tx::text as tx, type, resource_id, data::text as data, occurred_at from integration_event
                 where organisation_id = :org and tx < pg_snapshot_xmin(pg_current_snapshot())
                   and (tx, id) > (cast(:tx as xid8), :id)
                 order by tx, id limit :n""", Tuple.class)
                .setParameter("org", caller.organisationId()).setParameter("tx", Long.toUnsignedString(tx))
                .setParameter("id", id).setParameter("n", size));
        List<Event> events = rows.stream().map(r -> Event.of(r, "id")).toList();
        String next = rows.isEmpty() ? (cursor != null ? cursor : encode(0, 0))
                : encode(Long.parseUnsignedLong(rows.get(rows.size() - 1).text("tx")), rows.get(rows.size() - 1).count("id"));
        return new Page(events, next);
    }

    static String encode(long tx, long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((Long.toUnsignedString(tx) + "." + id)
                .getBytes(StandardCharsets.US_ASCII));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
