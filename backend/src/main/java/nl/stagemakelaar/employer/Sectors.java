package nl.stagemakelaar.employer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.stagemakelaar.common.ApiException;

/** Sectors are short lower-case words kept as one comma-separated column. */
public final class Sectors {

    private Sectors() {
    }

    public static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
    }

    /** The column holds 300 characters; a longer list is a 400 on the field, not a database error. */
    public static final int MAX_LENGTH = 300;

    public static String join(List<String> sectors) {
        if (sectors == null || sectors.isEmpty()) {
            return null;
        }
        String joined = sectors.stream().map(s -> s.trim().toLowerCase(Locale.ROOT).replace(",", " "))
                .filter(s -> !s.isEmpty()).distinct().collect(Collectors.joining(","));
        if (joined.length() > MAX_LENGTH) {
            throw ApiException.invalidField("sectors", "Size",
                    "sectors must be at most " + MAX_LENGTH + " characters together");
        }
        return joined.isEmpty() ? null : joined;
    }
}
