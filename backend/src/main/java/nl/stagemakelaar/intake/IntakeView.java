package nl.stagemakelaar.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.common.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record IntakeView(UUID studentId, @Schema(nullable = true) String alreadyDone, List<Need> needs,
        @Schema(nullable = true) String needsNote, @Schema(nullable = true) String strengths,
        @Schema(nullable = true) String preferredSectors, @Schema(nullable = true) String preferredWork,
        @Schema(nullable = true) String homeCity, List<String> reachTowns, @Schema(nullable = true) Integer maxTravelMinutes,
        @Schema(nullable = true) String availability, @Schema(nullable = true) LocalDate internshipStartBy,
        @Schema(nullable = true) Integer requiredHours, int version, @Schema(nullable = true) OffsetDateTime updatedAt,
        @Schema(nullable = true) String updatedBy) implements Versioned {

    /** An intake not started yet reads as empty, version -1 (If-Match "-1" creates it). */
    public static IntakeView of(UUID studentId, Intake i, LocalDate startBy) {
        if (i == null) {
            return new IntakeView(studentId, null, List.of(), null, null, null, null, null, List.of(), null, null, startBy, null,
                    -1, null, null);
        }
        return new IntakeView(studentId, i.alreadyDone, List.copyOf(i.needs()), i.needsNote, i.strengths,
                i.preferredSectors, i.preferredWork, i.homeCity, i.reachTowns(), i.maxTravelMinutes, i.availability, startBy,
                i.requiredHours, i.version, i.updatedAt, i.updatedBy);
    }
}
