package nl.stagemakelaar.common;

import java.util.Locale;
import java.util.UUID;

/**
 * Parses query and path parameters ourselves: JAX-RS would answer a bad query parameter with 404,
 * while a client needs a 400 that names the parameter.
 */
public final class Params {

    public static final int MAX_PAGE_SIZE = 100;

    private Params() {
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(name, "Format", name + " must be a UUID");
        }
    }

    /** A path id that is not a UUID cannot name an existing record: 404, like any unknown id. */
    public static UUID pathId(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(what);
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(name, "Enum",
                    name + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    public static Integer intInRange(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw ApiException.invalidField(name, "Range", name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(name, "Format", name + " must be a whole number");
        }
    }

    /** true or false; left out is false; anything else is a 400 naming the parameter. */
    public static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalidField(name, "Format", name + " must be true or false");
        };
    }

    /** An ISO date (2026-09-01), or 400 naming the parameter. */
    public static java.time.LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.invalidField(name, "Format", name + " must be a date like 2026-09-01");
        }
    }

    public static PageRequest page(String page, String size) {
        Integer p = intInRange("page", page, 0, 1_000_000);
        Integer s = intInRange("size", size, 1, MAX_PAGE_SIZE);
        return new PageRequest(p == null ? 0 : p, s == null ? 20 : s);
    }

    /** A trimmed text parameter, or null; longer than {@code max} is a 400. */
    public static String text(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw ApiException.invalidField(name, "Size", name + " must be at most " + max + " characters");
        }
        return value.trim();
    }

    /** Trimmed search text, or null; long input is refused rather than sent to the database. */
    public static String search(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        if (q.length() > 100) {
            throw ApiException.invalidField("q", "Size", "q must be at most 100 characters");
        }
        return Text.fold(q.trim());
    }
}
