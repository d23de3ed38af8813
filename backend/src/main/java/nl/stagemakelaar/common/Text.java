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

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
