package nl.stagemakelaar.common;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * What the database refused, told to the client as a problem instead of a 500. Validation catches nearly
 * everything first; this is the net under it: a unique key won by a concurrent request is a 409, a value the
 * column cannot hold a 400, a database that cannot be reached a 503 (readiness says DOWN at the same time).
 */
public final class DatabaseProblems {

    private static final Logger LOG = Logger.getLogger(DatabaseProblems.class);
    private static final Pattern CONSTRAINT = Pattern.compile("unique constraint \"([a-z0-9_]+)\"");
    private static final Pattern KEY_COLUMNS = Pattern.compile("Key \\(([^)]*)\\)");

    private DatabaseProblems() {
    }

    /**
     * The fields a failure names, as the client would see them in a problem: an {@link ApiException}'s own, or what
     * the database refused. Empty when the failure is neither (a bug, or the database gone).
     */
    public static List<Problem.FieldError> fieldErrors(Throwable e) {
        if (e instanceof ApiException a) {
            return a.errors().isEmpty() ? List.of(new Problem.FieldError("row", a.slug(), a.getMessage())) : a.errors();
        }
        Response r = classify(e);
        if (r != null && r.getStatus() < 500 && r.getEntity() instanceof Problem p) {
            return p.errors().isEmpty() ? List.of(new Problem.FieldError("row", p.type(), p.title())) : p.errors();
        }
        return List.of();
    }

    /** The problem response for a database failure somewhere in the cause chain, or null when there is none. */
    static Response classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (t instanceof jakarta.persistence.OptimisticLockException || name.equals("org.hibernate.StaleObjectStateException")
                    || name.equals("org.hibernate.StaleStateException")) {
                return ProblemMappers.problem(412, "stale", "The record was changed by someone else; reload it and try again",
                        List.of());
            }
            if (name.equals("org.hibernate.exception.JDBCConnectionException") || t instanceof java.net.ConnectException) {
                return unavailable(t);
            }
            if (t instanceof SQLException sql) {
                Response r = ofSqlState(sql);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    private static Response ofSqlState(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("53300") || message.contains("Acquisition timeout")) {
            return unavailable(e);
        }
        return switch (state) {
            case "23505" -> {
                String field = fieldOfConstraint(e).orElseGet(() -> fieldOfKey(message));
                LOG.debugf("unique key refused: %s", field);
                yield ProblemMappers.problem(409, "conflict", "This already exists, or was just recorded by someone else",
                        List.of(new Problem.FieldError(field, "Unique", field + " is already taken")));
            }
            case "23503" -> ProblemMappers.problem(409, "conflict", "A record this refers to was changed or removed",
                    List.of(new Problem.FieldError(fieldOfKey(message), "Reference", "refers to a record that is gone")));
            case "40001", "40P01" -> ProblemMappers.problem(409, "conflict",
                    "Someone else changed this at the same moment; try again", List.of());
            case "23514", "23502" -> ProblemMappers.problem(400, "validation-failed", "The request has invalid fields",
                    List.of(new Problem.FieldError(fieldOfColumn(e), "Check", "a value is outside what is allowed")));
            case "22001" -> ProblemMappers.problem(400, "validation-failed", "The request has invalid fields",
                    List.of(new Problem.FieldError("body", "Size", "a text is longer than allowed")));
            case "22021", "22P05" -> ProblemMappers.problem(400, "validation-failed", "The request has invalid fields",
                    List.of(new Problem.FieldError("body", "Characters", "a text contains characters that cannot be stored")));
            case "22003", "22008" -> ProblemMappers.problem(400, "validation-failed", "The request has invalid fields",
                    List.of(new Problem.FieldError("body", "Range", "a number or date is out of range")));
            default -> null;
        };
    }

    private static Response unavailable(Throwable t) {
        LOG.warnf("database unavailable: %s", t.getMessage());
        return Response.fromResponse(ProblemMappers.problem(503, "unavailable",
                "The service cannot reach its database or another system it depends on right now; try again in a moment", List.of()))
                .header("Retry-After", "5").build();
    }

    /**
     * The field a unique key stands for, by the constraint's name. PostgreSQL leaves the key out of the message on a
     * table with row-level security, so the name is what is left to go on.
     */
    private static java.util.Optional<String> fieldOfConstraint(SQLException e) {
        if (e instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
            return java.util.Optional.ofNullable(UNIQUE_FIELDS.get(String.valueOf(p.getServerErrorMessage().getConstraint())));
        }
        // A batched insert reports the first row's failure as text.
        Matcher m = CONSTRAINT.matcher(String.valueOf(e.getMessage()));
        return m.find() ? java.util.Optional.ofNullable(UNIQUE_FIELDS.get(m.group(1))) : java.util.Optional.empty();
    }

    private static final java.util.Map<String, String> UNIQUE_FIELDS = java.util.Map.of(
            "student_school_number_key", "schoolNumber", "place_employer_reference_key", "reference",
            "employer_kvk_unique", "kvkNumber", "referral_sign_up_key_key", "token");

    /** "Key (organisation_id, kvk_number)=(…) already exists" names kvkNumber: the last column, as the client knows it. */
    static String fieldOfKey(String message) {
        Matcher m = KEY_COLUMNS.matcher(message);
        if (!m.find()) {
            return "body";
        }
        String[] columns = m.group(1).split(",");
        return camel(columns[columns.length - 1].trim());
    }

    private static String fieldOfColumn(SQLException e) {
        if (e instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null
                && p.getServerErrorMessage().getColumn() != null) {
            return camel(p.getServerErrorMessage().getColumn());
        }
        return "body";
    }

    static String camel(String column) {
        String c = column.replaceAll("^\\(|\\)$", "").toLowerCase(Locale.ROOT);
        if (c.startsWith("lower(") || c.contains("(")) {
            c = c.replaceAll(".*\\(", "").replaceAll("\\).*", "");
        }
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char ch : c.toCharArray()) {
            if (ch == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return sb.toString();
    }
}
