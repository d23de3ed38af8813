package nl.stagemakelaar.guardian;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Etags;
import nl.stagemakelaar.common.Text;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.student.Student;
import nl.stagemakelaar.student.StudentRepository;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;

/** The student's parents and guardians; each change is on the timeline (names only, never the contact details). */
@ApplicationScoped
public class GuardianService {

    @Inject StudentRepository students;
    @Inject Caller caller;
    @Inject Timeline timeline;

    @Transactional
    public List<GuardianView> list(UUID studentId) {
        Student s = student(studentId);
        return Guardian.<Guardian>list("studentId = ?1 order by createdAt, id", s.id).stream().map(GuardianView::of).toList();
    }

    @Transactional
    public GuardianView add(UUID studentId, GuardianInput in) {
        Student s = student(studentId);
        Guardian g = new Guardian();
        g.id = UUID.randomUUID();
        g.organisationId = s.organisationId;
        g.studentId = s.id;
        apply(g, in);
        g.created(caller.username());
        g.persist();
        changed(g, "added");
        return GuardianView.of(g);
    }

    @Transactional
    public GuardianView update(UUID studentId, UUID id, String ifMatch, GuardianInput in) {
        Guardian g = load(studentId, id, ifMatch);
        apply(g, in);
        g.touch(caller.username());
        changed(g, "changed");
        Guardian.flush();
        return GuardianView.of(g);
    }

    @Transactional
    public void remove(UUID studentId, UUID id, String ifMatch) {
        Guardian g = load(studentId, id, ifMatch);
        changed(g, "removed");
        g.delete();
    }

    private static void apply(Guardian g, GuardianInput in) {
        g.name = in.name().trim();
        g.relation = in.relation();
        g.phone = Text.blankToNull(in.phone());
        g.email = Text.blankToNull(in.email());
        g.mayContact = in.mayContact();
        g.note = Text.blankToNull(in.note()) == null ? null : in.note().trim();
    }

    private void changed(Guardian g, String what) {
        timeline.record(g.organisationId, g.studentId, TimelineKind.GUARDIAN_CHANGED, OffsetDateTime.now(),
                g.relation + " · " + g.name + " · " + what, null, g.id);
    }

    private Guardian load(UUID studentId, UUID id, String ifMatch) {
        Student s = student(studentId);
        Guardian g = Guardian.<Guardian>find("id = ?1 and studentId = ?2", id, s.id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Guardian"));
        Etags.require(ifMatch, g.version);
        return g;
    }

    private Student student(UUID id) {
        return students.requireInOrganisation(caller.organisationId(), id);
    }
}
