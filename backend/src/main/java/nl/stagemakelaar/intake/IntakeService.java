package nl.stagemakelaar.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.UUID;
import nl.stagemakelaar.audit.AuditLog;
import nl.stagemakelaar.common.Etags;
import nl.stagemakelaar.common.Text;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.student.Student;
import nl.stagemakelaar.student.StudentRepository;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;

@ApplicationScoped
public class IntakeService {

    @Inject StudentRepository students;
    @Inject Caller caller;
    @Inject Timeline timeline;
    @Inject AuditLog audit;

    @Transactional
    public IntakeView get(UUID studentId) {
        Student s = student(studentId);
        audit.read(s.organisationId, "intake", s.id, s.id);
        return IntakeView.of(s.id, Intake.findById(s.id), s.internshipStartBy);
    }

    /** Saves the whole intake; If-Match carries the version read ("-1" while none exists yet). */
    @Transactional
    public IntakeView save(UUID studentId, String ifMatch, IntakeInput in) {
        Student s = student(studentId);
        Intake i = Intake.findById(s.id);
        Etags.require(ifMatch, i == null ? -1 : i.version);
        if (i == null) {
            i = new Intake();
            i.studentId = s.id;
            i.organisationId = s.organisationId;
        }
        i.alreadyDone = Text.blankToNull(in.alreadyDone());
        i.needs(in.needs() == null || in.needs().isEmpty() ? EnumSet.noneOf(Need.class) : EnumSet.copyOf(in.needs()));
        i.needsNote = Text.blankToNull(in.needsNote());
        i.strengths = Text.blankToNull(in.strengths());
        i.preferredSectors = Text.blankToNull(in.preferredSectors());
        i.preferredWork = Text.blankToNull(in.preferredWork());
        i.homeCity = Text.blankToNull(in.homeCity());
        i.reachTowns(in.reachTowns() == null ? java.util.List.of() : in.reachTowns());
        i.maxTravelMinutes = in.maxTravelMinutes();
        i.availability = Text.blankToNull(in.availability());
        i.requiredHours = in.requiredHours();
        i.updatedAt = OffsetDateTime.now();
        i.updatedBy = caller.username();
        i.persist();
        s.internshipStartBy = in.internshipStartBy();
        // The timeline says that the intake changed, never what it says.
        timeline.record(s.organisationId, s.id, TimelineKind.INTAKE_UPDATED, i.updatedAt, null, null, null);
        Intake.flush();
        return IntakeView.of(s.id, i, s.internshipStartBy);
    }

    private Student student(UUID id) {
        return students.requireInOrganisation(caller.organisationId(), id);
    }
}
