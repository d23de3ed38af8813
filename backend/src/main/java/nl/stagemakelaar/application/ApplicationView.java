package nl.stagemakelaar.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.stagemakelaar.common.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ApplicationView(UUID id, UUID studentId, ApplicationOrigin origin, @Schema(nullable = true) UUID placeId,
        String employerName, String title, @Schema(nullable = true) String url,
        @Schema(nullable = true) ApplicationChannel channel, LocalDate onDate, ApplicationResult result,
        @Schema(nullable = true) String note, @Schema(nullable = true) UUID placementId, String createdBy,
        OffsetDateTime createdAt, int version,
        @Schema(nullable = true, description = "Only in the answer to sending a vacancy: the text for the student, to copy into WhatsApp or a text message")
        String message) implements Versioned.Addressable {

    static ApplicationView of(Application a, String message) {
        return new ApplicationView(a.id, a.studentId, a.origin, a.place == null ? null : a.place.id, a.employerName, a.title,
                a.url, a.channel, a.onDate, a.result, a.note, a.placementId, a.createdBy, a.createdAt, a.version, message);
    }
}
