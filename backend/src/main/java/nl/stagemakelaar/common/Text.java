package nl.stagemakelaar.common;

import java.text.Normalizer;
import java.util.Locale;

/** Folds text the way the database's search columns do (lower case, accents removed). */
public final class Text {

    private Text() {
    }

    public static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        // Turkish dotless i and a few letters that do not decompose.
        return decomposed.replace('ı', 'i').replace("ß", "ss").replace('ø', 'o').replace('Ø', 'o')
                .toLowerCase(Locale.ROOT);
    }

    /** Escapes LIKE wildcards so a user's % or _ is matched literally. */
    public static String likeContains(String folded) {
        return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * A PostgreSQL tsquery that matches every word as a prefix ("ozdem:* & delta:*"), or null when the
     * text has no word characters. Only letters and digits pass, so user input cannot break the syntax.
     */
    public static String prefixQuery(String folded) {
        if (folded == null) {
            return null;
        }
        String query = java.util.Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).limit(8).map(w -> w + ":*")
                .collect(java.util.stream.Collectors.joining(" & "));
        return query.isEmpty() ? null : query;
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
