package nl.stagemakelaar.handoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.student.Student;
import nl.stagemakelaar.student.StudentRepository;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;

@ApplicationScoped
public class HandOffService {

    @Inject StudentRepository students;
    @Inject Caller caller;
    @Inject Timeline timeline;

    @Transactional
    public List<HandOffView> list(UUID studentId) {
        Student s = students.requireInOrganisation(caller.organisationId(), studentId);
        return HandOff.<HandOff>list("studentId = ?1 order by handedOffOn desc, createdAt desc", s.id).stream()
                .map(HandOffView::of).toList();
    }

    @Transactional
    public HandOffView record(UUID studentId, HandOffInput in) {
        return HandOffView.of(record(students.requireInOrganisation(caller.organisationId(), studentId), in));
    }

    /** Also used when a case closes with a hand-off, in the closing's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public HandOff record(Student s, HandOffInput in) {
        HandOff h = new HandOff();
        h.id = UUID.randomUUID();
        h.organisationId = s.organisationId;
        h.studentId = s.id;
        h.toKind = in.toKind();
        h.toName = in.toName().trim();
        h.handedOffOn = in.handedOffOn() == null ? LocalDate.now() : in.handedOffOn();
        h.reason = in.reason().trim();
        h.createdAt = OffsetDateTime.now();
        h.createdBy = caller.username();
        h.persist();
        timeline.record(s.organisationId, s.id, TimelineKind.HANDED_OFF, h.createdAt, h.toKind + " · " + h.toName,
                h.reason, h.id);
        return h;
    }

    /** A hand-off of this student, for a closing that names one recorded earlier. */
    public HandOff ofStudent(UUID studentId, UUID id, String field) {
        return HandOff.<HandOff>find("id = ?1 and studentId = ?2", id, studentId).firstResultOptional()
                .orElseThrow(() -> ApiException.invalidField(field, "Scope", field + " is not a hand-off of this student"));
    }

    public Optional<HandOff> find(UUID id) {
        return id == null ? Optional.empty() : HandOff.findByIdOptional(id);
    }
}
