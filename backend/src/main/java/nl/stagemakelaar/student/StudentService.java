package nl.stagemakelaar.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.stagemakelaar.audit.AuditLog;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Etags;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Text;
import nl.stagemakelaar.consent.Consents;
import nl.stagemakelaar.organisation.Organisation;
import nl.stagemakelaar.school.Programme;
import nl.stagemakelaar.school.SchoolRepository;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;

/** Owns the transactions for students; every read and write is scoped to the caller's organisation. */
@ApplicationScoped
public class StudentService {

    @Inject
    StudentRepository students;

    @Inject
    SchoolRepository schools;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    Consents consents;

    @Inject
    Timeline timeline;

    @Transactional
    public PageResult<StudentSummary> list(StudentFilter filter, PageRequest page) {
        UUID org = caller.organisationId();
        return PageResult.of(students.list(org, filter, page), page, students.count(org, filter),
                StudentSummary::of);
    }

    @Transactional
    public StudentView get(UUID id) {
        return StudentView.of(load(id));
    }

    @Transactional
    public StudentView create(StudentInput input) {
        UUID org = caller.organisationId();
        Organisation organisation = Organisation.<Organisation>findByIdOptional(org)
                .orElseThrow(() -> ApiException.forbidden("Your organisation is not registered"));
        Student s = new Student();
        s.id = UUID.randomUUID();
        s.organisationId = org;
        s.phase = Phase.INTAKE;
        s.guidanceIntensity = organisation.defaultGuidanceIntensity;
        s.createdAt = OffsetDateTime.now();
        s.createdBy = caller.username();
        // A broker who registers a student takes the case; a lead's registration waits for assignment.
        s.assignedBroker = caller.hasRole(nl.stagemakelaar.security.Roles.BROKER) ? caller.username() : null;
        if (input.guidanceIntensity() != null) {
            s.guidanceIntensity = input.guidanceIntensity();
        }
        apply(s, input);
        if (input.consent() == null) {
            throw ApiException.invalidField("consent", "NotNull", "record the student's consent to be taken on");
        }
        Consents.requireGuardianIfMinor(s.dateOfBirth, input.consent().date(), input.consent().guardian(), "consent.guardian");
        students.persist(s);
        audit.record(org, "CREATE", "student", s.id);
        consents.recordCase(org, s.id, null, Boolean.TRUE.equals(input.consent().guardian()), input.consent().date());
        students.flush();
        return StudentView.of(s);
    }

    @Transactional
    public StudentView update(UUID id, String ifMatch, StudentInput input) {
        Student s = load(id);
        Etags.require(ifMatch, s.version);
        if (input.guidanceIntensity() != null && input.guidanceIntensity() != s.guidanceIntensity) {
            throw ApiException.invalidField("guidanceIntensity", "UseIntensityChange",
                    "change the guidance intensity with its own action, which records the reason");
        }
        List<String> changed = changedFields(s, input);
        apply(s, input);
        if (!changed.isEmpty()) {
            // Field names only: the values are personal data and stay out of the timeline.
            timeline.record(s.organisationId, s.id, TimelineKind.STUDENT_UPDATED, OffsetDateTime.now(),
                    String.join(", ", changed), null, null);
        }
        audit.record(s.organisationId, "UPDATE", "student", s.id);
        students.flush();
        return StudentView.of(s);
    }

    private Student load(UUID id) {
        return students.requireInOrganisation(caller.organisationId(), id);
    }

    private static List<String> changedFields(Student s, StudentInput in) {
        List<String> changed = new ArrayList<>();
        if (!in.firstName().trim().equals(s.firstName) || !in.lastName().trim().equals(s.lastName)) {
            changed.add("name");
        }
        if (!in.dateOfBirth().equals(s.dateOfBirth)) {
            changed.add("dateOfBirth");
        }
        if (!Objects.equals(Text.blankToNull(in.email()), s.email) || !Objects.equals(Text.blankToNull(in.phone()), s.phone)) {
            changed.add("contactDetails");
        }
        if (!in.schoolId().equals(s.school.id)) {
            changed.add("school");
        }
        if (!Objects.equals(in.programmeId(), s.programme == null ? null : s.programme.id)) {
            changed.add("programme");
        }
        return changed;
    }

    private void apply(Student s, StudentInput in) {
        s.firstName = in.firstName().trim();
        s.lastName = in.lastName().trim();
        s.dateOfBirth = in.dateOfBirth();
        s.email = Text.blankToNull(in.email());
        s.phone = Text.blankToNull(in.phone());
        s.school = schools.findServedBy(s.organisationId, in.schoolId()).orElseThrow(
                () -> ApiException.invalidField("schoolId", "Scope", "schoolId is not a school your organisation serves"));
        s.programme = in.programmeId() == null ? null
                : Programme.<Programme>findByIdOptional(in.programmeId()).orElseThrow(
                        () -> ApiException.invalidField("programmeId", "Exists", "programmeId is not a known programme"));
        s.updatedAt = OffsetDateTime.now();
        s.updatedBy = caller.username();
    }
}
