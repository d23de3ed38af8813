package nl.stagemakelaar.imports;

import jakarta.validation.ConstraintViolation;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Typed values from one row's text cells. Each value that cannot be read is an error on its column and comes back as
 * null, so one pass reports every problem of the row. A cell that starts with {@code =} is refused: it is a spreadsheet
 * formula, and would run in the next person's spreadsheet if it passed through into an export.
 */
public final class Cells {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final ImportRow row;
    private final ImportRun run;

    public Cells(ImportRow row, ImportRun run) {
        this.row = row;
        this.run = run;
        if (row.unreadable() != null) {
            run.error(row.number(), "row", "Row", row.unreadable());
        }
    }

    /** The columns of an import are the fields of its row schema, so the contract and the reader cannot differ. */
    public static List<String> columnsOf(Class<? extends Record> row) {
        return java.util.Arrays.stream(row.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList();
    }

    public int number() {
        return row.number();
    }

    /** True when nothing in the row so far was wrong. */
    public boolean ok() {
        return !run.failed(row.number());
    }

    public void error(String column, String code, String message) {
        run.error(row.number(), column, code, message);
    }

    /** The file has this column (CSV) or the row this field (JSON), even if empty: an absent one leaves a value alone. */
    public boolean has(String column) {
        return row.columns().contains(column);
    }

    public String text(String column, int max, boolean required) {
        if (row.unreadable() != null || run.hasError(row.number(), column)) {
            return null; // already reported
        }
        String v = row.cells().get(column);
        v = v == null ? null : v.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                error(column, "NotBlank", "required");
            }
            return null;
        }
        if (v.indexOf('\u0000') >= 0) {
            error(column, "Characters", "contains a NUL character");
            return null;
        }
        if (v.startsWith("=")) {
            error(column, "Formula", "looks like a spreadsheet formula; formulas are not imported");
            return null;
        }
        if (v.length() > max) {
            error(column, "Size", "at most " + max + " characters");
            return null;
        }
        return v;
    }

    public Integer integer(String column, int min, int max) {
        String v = text(column, 20, false);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                error(column, "Range", "between " + min + " and " + max);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            error(column, "Format", "a whole number");
            return null;
        }
    }

    /** ISO (2026-09-01) or as a Dutch spreadsheet writes it (1-9-2026). */
    public LocalDate date(String column, boolean required) {
        String v = text(column, 20, required);
        if (v == null) {
            return null;
        }
        try {
            return v.length() == 10 && v.charAt(4) == '-' ? LocalDate.parse(v) : LocalDate.parse(v, DUTCH_DATE);
        } catch (DateTimeParseException e) {
            error(column, "Date", "a date such as 2026-09-01 or 1-9-2026");
            return null;
        }
    }

    public UUID uuid(String column, boolean required) {
        String v = text(column, 36, required);
        if (v == null) {
            return null;
        }
        try {
            return UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            error(column, "Format", "an id (UUID)");
            return null;
        }
    }

    public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        String v = text(column, 50, false);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E c : type.getEnumConstants()) {
                allowed.append(allowed.isEmpty() ? "" : ", ").append(c.name());
            }
            error(column, "Enum", "one of " + allowed);
            return null;
        }
    }

    /** true/false, ja/nee, yes/no, 1/0; empty is null. */
    public Boolean bool(String column) {
        String v = text(column, 5, false);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "ja", "yes", "1", "waar" -> Boolean.TRUE;
            case "false", "nee", "no", "0", "onwaar" -> Boolean.FALSE;
            default -> {
                error(column, "Boolean", "true or false (ja or nee)");
                yield null;
            }
        };
    }

    /** The validator's findings on the input the row was turned into, on the columns they came from. */
    public <T> void violations(Set<ConstraintViolation<T>> found, Map<String, String> columnOfProperty) {
        if (row.unreadable() != null) {
            return;
        }
        for (ConstraintViolation<T> v : found) {
            String property = v.getPropertyPath().toString();
            String column = columnOfProperty.getOrDefault(property, property);
            if (ok() || !alreadyOn(column)) {
                error(column, v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getMessage());
            }
        }
    }

    private boolean alreadyOn(String column) {
        return run.hasError(row.number(), column);
    }
}
