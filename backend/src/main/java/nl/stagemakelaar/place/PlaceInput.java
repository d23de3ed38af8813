package nl.stagemakelaar.place;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

public record PlaceInput(
        @NotNull UUID employerId,
        @NotBlank @Size(max = 200) String title,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The place's own reference in the feed or file it comes from; unique per employer. Left out: unchanged; empty: removed")
        @Size(max = 100) String reference,
        UUID programmeId,
        @Size(max = 100) String sector,
        @Min(1) @Max(4) Integer levelMin,
        @Min(1) @Max(4) Integer levelMax,
        @Min(1) @Max(100) Integer places,
        LocalDate startDate,
        @Min(1) @Max(60) Integer hoursPerWeek,
        @Size(max = 100) String city,
        PlaceSource source,
        PlaceStatus status,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The employer asks for a certificate of conduct (VOG). Left out: unchanged (no on a new place)")
        Boolean certificateOfConductRequired) {
}
