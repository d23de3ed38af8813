package nl.stagemakelaar.place;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of a place import, as a JSON object; the CSV header uses the same names. Its fields are the columns. */
@Schema(name = "PlaceImportRow")
public record PlaceImportRow(
        @Schema(required = true, description = "The employer's KvK number (8 digits)") String employerKvk,
        @Schema(description = "Required when the KvK number is not in the network yet; then the employer is added") String employerName,
        @Schema(description = "The new employer's town") String employerCity,
        @Schema(required = true, description = "The place's own reference in the feed; with the KvK number what a re-import matches") String reference,
        @Schema(required = true) String title,
        UUID programmeId,
        String sector,
        @Schema(minimum = "1", maximum = "4") Integer levelMin,
        @Schema(minimum = "1", maximum = "4") Integer levelMax,
        @Schema(minimum = "1", maximum = "100") Integer places,
        @Schema(description = "2026-09-01, or 1-9-2026 as a Dutch spreadsheet writes it") LocalDate startDate,
        @Schema(minimum = "1", maximum = "60") Integer hoursPerWeek,
        @Schema(description = "The place's town when it differs from the employer's") String city,
        @Schema(enumeration = {"OPEN", "CLOSED"}) PlaceStatus status,
        @Schema(description = "The employer asks for a certificate of conduct (VOG): true/false, ja/nee") Boolean certificateOfConductRequired) {
}
