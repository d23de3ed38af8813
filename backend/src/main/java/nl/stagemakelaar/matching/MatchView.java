package nl.stagemakelaar.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A ranked place with its score and the reasons, as codes the SPA words and as plain English. */
public record MatchView(UUID placeId, String placeTitle, UUID employerId, String employerName,
        @Schema(nullable = true) String city, @Schema(nullable = true) LocalDate startDate, int score,
        List<Reason> reasons) {

    /** @param points what the criterion added (negative when it counts against the place) */
    public record Reason(String code, int points, String text) {
    }
}
