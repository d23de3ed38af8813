package nl.stagemakelaar.student;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.stagemakelaar.common.Versioned;
import nl.stagemakelaar.organisation.GuidanceIntensity;
import nl.stagemakelaar.school.ProgrammeView;
import nl.stagemakelaar.school.SchoolView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The broker's view of a student (brokers and leads of the student's organisation only). */
public record StudentView(UUID id, String firstName, String lastName, LocalDate dateOfBirth, @Schema(nullable = true) String email,
        @Schema(nullable = true) String phone, SchoolView school, @Schema(nullable = true) String schoolNumber, @Schema(nullable = true) ProgrammeView programme,
        @Schema(nullable = true) EducationLevel educationLevel, Phase phase, GuidanceIntensity guidanceIntensity,
        @Schema(nullable = true) String assignedBroker, @Schema(nullable = true) LocalDate internshipStartBy,
        @Schema(nullable = true, description = "Set after the organisation's number of failed attempts in a row to reach the student") LocalDate outOfContactSince,
        @Schema(nullable = true, description = "When the personal data was erased (on request or after the retention period)") OffsetDateTime erasedAt,
        int version, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy) implements Versioned.Addressable {

    public static StudentView of(Student s) {
        return new StudentView(s.id, s.firstName, s.lastName, s.dateOfBirth, s.email, s.phone,
                SchoolView.of(s.school), s.schoolNumber, ProgrammeView.of(s.programme), s.educationLevel, s.phase, s.guidanceIntensity, s.assignedBroker, s.internshipStartBy, s.outOfContactSince, s.erasedAt, s.version,
                s.createdAt, s.createdBy, s.updatedAt, s.updatedBy);
    }
}
