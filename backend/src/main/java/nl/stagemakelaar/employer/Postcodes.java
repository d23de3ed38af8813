package nl.stagemakelaar.employer;

import java.util.Locale;

/** Dutch postcodes are stored as "1234 AB". */
public final class Postcodes {

    private Postcodes() {
    }

    public static String normalise(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        String p = postcode.replace(" ", "").toUpperCase(Locale.ROOT);
        return p.substring(0, 4) + " " + p.substring(4);
    }
}
