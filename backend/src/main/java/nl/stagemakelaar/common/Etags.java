package nl.stagemakelaar.common;

import jakarta.ws.rs.core.EntityTag;
import java.util.List;

/** ETags are the row version; updates must send it back in If-Match so no change is lost. */
public final class Etags {

    private Etags() {
    }

    public static EntityTag of(int version) {
        return new EntityTag(Integer.toString(version));
    }

    /** Checks If-Match against the current version: 428 when missing, 412 when stale. */
    public static void require(String ifMatch, int currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, "precondition-required",
                    "Send the ETag you read in If-Match, so changes by others are not overwritten", List.of());
        }
        String expected = "\"" + currentVersion + "\"";
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            // "*" would mean "whatever the version": exactly the lost update this check prevents.
            if (t.equals(expected)) {
                return;
            }
        }
        throw new ApiException(412, "stale",
                "The record was changed by someone else; reload it and try again", List.of());
    }
}
