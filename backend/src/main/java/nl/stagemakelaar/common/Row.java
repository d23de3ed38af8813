package nl.stagemakelaar.common;

import jakarta.persistence.Tuple;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One row of a query with several values, read by column alias instead of position. Native queries hand
 * dates and times back as JDBC or java.time types depending on the driver path; the getters take either.
 */
public record Row(Tuple tuple) {

    public UUID uuid(String alias) {
        return (UUID) tuple.get(alias);
    }

    public String text(String alias) {
        return (String) tuple.get(alias);
    }

    public long count(String alias) {
        Object n = tuple.get(alias);
        return n == null ? 0 : ((Number) n).longValue();
    }

    /** A nullable whole number. */
    public Integer integer(String alias) {
        Object v = tuple.get(alias);
        return v == null ? null : ((Number) v).intValue();
    }

    public <E extends Enum<E>> E enumValue(String alias, Class<E> type) {
        Object v = tuple.get(alias);
        return v == null ? null : type.isInstance(v) ? type.cast(v) : Enum.valueOf(type, (String) v);
    }

    public LocalDate date(String alias) {
        Object o = tuple.get(alias);
        return o == null ? null : o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }

    public OffsetDateTime time(String alias) {
        Object o = tuple.get(alias);
        if (o == null || o instanceof OffsetDateTime) {
            return (OffsetDateTime) o;
        }
        Instant i = o instanceof Instant instant ? instant : ((Timestamp) o).toInstant();
        return i.atOffset(ZoneOffset.UTC);
    }

    /** Any number (an average, a sum, a percentile) as a double; null stays null. */
    public Double decimal(String alias) {
        Object v = tuple.get(alias);
        return v == null ? null : ((Number) v).doubleValue();
    }

    /** The rows of a native query made with {@code Tuple.class}. */
    @SuppressWarnings("unchecked")
    public static java.util.List<Row> all(jakarta.persistence.Query tupleQuery) {
        return ((java.util.List<Tuple>) tupleQuery.getResultList()).stream().map(Row::new).toList();
    }
}
