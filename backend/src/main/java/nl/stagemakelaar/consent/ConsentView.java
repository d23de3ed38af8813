package nl.stagemakelaar.consent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A consent as the broker sees it in the case file. */
@Schema(name = "ConsentRecord")
public record ConsentView(UUID id, ConsentPurpose purpose, @Schema(nullable = true) UUID referralId,
        @Schema(nullable = true) UUID placementId, boolean guardian, LocalDate givenOn, OffsetDateTime recordedAt,
        String recordedBy, @Schema(nullable = true) LocalDate withdrawnOn, @Schema(nullable = true) String withdrawnBy,
        @Schema(nullable = true) String withdrawalNote) {

    public static ConsentView of(Consent c) {
        return new ConsentView(c.id, c.purpose, c.referralId, c.placementId, c.guardianConsent, c.givenOn, c.recordedAt,
                c.recordedBy, c.withdrawnOn, c.withdrawnBy, c.withdrawalNote);
    }
}
