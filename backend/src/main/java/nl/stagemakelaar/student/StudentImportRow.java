package nl.stagemakelaar.student;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of a student import, as a JSON object; the CSV header uses the same names. Its fields are the columns. */
@Schema(name = "StudentImportRow")
public record StudentImportRow(
        @Schema(required = true, description = "A school the organisation serves (GET /api/v1/schools)") UUID schoolId,
        @Schema(required = true, description = "The student's number at the school; with the school what a re-import matches") String schoolNumber,
        @Schema(required = true) String firstName,
        @Schema(required = true) String lastName,
        @Schema(required = true, description = "2008-03-01, or 1-3-2008") LocalDate dateOfBirth,
        String email,
        String phone,
        UUID programmeId,
        EducationLevel educationLevel,
        @Schema(description = "The day the student agreed to be taken on; required for a student not registered yet") LocalDate consentDate,
        @Schema(description = "A parent or guardian agreed too (true/false, ja/nee); required under 16") Boolean guardianConsent) {
}
