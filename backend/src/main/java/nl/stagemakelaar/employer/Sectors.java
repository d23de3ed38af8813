package nl.stagemakelaar.employer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Sectors are short lower-case words kept as one comma-separated column. */
public final class Sectors {

    private Sectors() {
    }

    public static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
    }

    public static String join(List<String> sectors) {
        if (sectors == null || sectors.isEmpty()) {
            return null;
        }
        return sectors.stream().map(s -> s.trim().toLowerCase(Locale.ROOT).replace(",", " "))
                .filter(s -> !s.isEmpty()).distinct().collect(Collectors.joining(","));
    }
}
