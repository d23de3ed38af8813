package nl.stagemakelaar.student;

import java.time.LocalDate;
import java.util.UUID;
import nl.stagemakelaar.organisation.GuidanceIntensity;
import nl.stagemakelaar.school.ProgrammeView;
import nl.stagemakelaar.school.SchoolView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A row of the student list. */
public record StudentSummary(UUID id, String firstName, String lastName, LocalDate dateOfBirth, SchoolView school,
        @Schema(nullable = true) ProgrammeView programme, Phase phase, GuidanceIntensity guidanceIntensity) {

    public static StudentSummary of(Student s) {
        return new StudentSummary(s.id, s.firstName, s.lastName, s.dateOfBirth, SchoolView.of(s.school),
                ProgrammeView.of(s.programme), s.phase, s.guidanceIntensity);
    }
}
