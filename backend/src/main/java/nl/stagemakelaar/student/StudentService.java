package nl.stagemakelaar.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Etags;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Text;
import nl.stagemakelaar.consent.Consents;
import nl.stagemakelaar.organisation.Organisation;
import nl.stagemakelaar.organisation.OrganisationRepository;
import nl.stagemakelaar.school.ProgrammeRepository;
import nl.stagemakelaar.school.SchoolRepository;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;

/** Owns the transactions for students; every read and write is scoped to the caller's organisation. */
@ApplicationScoped
public class StudentService {

    @Inject OrganisationRepository organisations;
    @Inject ProgrammeRepository programmes;
    @Inject StudentRepository students;
    @Inject SchoolRepository schools;
    @Inject Caller caller;
    @Inject Consents consents;
    @Inject Timeline timeline;

    @Transactional
    public PageResult<StudentSummary> list(StudentFilter filter, PageRequest page) {
        UUID org = caller.organisationId();
        if (Text.prefixQuery(filter.q()) != null) {
            var found = students.search(org, filter, page);
            return PageResult.of(found.students(), page, found.total(), StudentSummary::of);
        }
        return PageResult.of(students.list(org, filter, page), page, students.count(org, filter, page),
                StudentSummary::of);
    }

    @Transactional
    public StudentView get(UUID id) {
        return StudentView.of(load(id));
    }

    @Transactional
    public StudentView create(StudentInput input) {
        UUID org = caller.organisationId();
        Organisation organisation = organisations.findByIdOptional(org)
                .orElseThrow(() -> ApiException.forbidden("Your organisation is not registered"));
        Student s = newStudent(organisation);
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
        students.flush();
        return StudentView.of(s);
    }

    /**
     * Admits a referred student, or merges the referral into the same person already in care (same school,
     * birth date and name): only an empty assignment, another intensity and an earlier start date are taken over.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Student admitFromReferral(Admission a) {
        UUID org = a.organisation().id;
        Student s = students.findSamePerson(org, a.school().id, a.dateOfBirth(), a.firstName(), a.lastName())
                .orElse(null);
        boolean existing = s != null;
        if (!existing) {
            s = newStudent(a.organisation());
            s.firstName = a.firstName();
            s.lastName = a.lastName();
            s.dateOfBirth = a.dateOfBirth();
            s.email = a.email();
            s.phone = a.phone();
            s.school = a.school();
            s.programme = a.programme();
            s.educationLevel = s.programme == null ? s.educationLevel : EducationLevel.mbo(s.programme.level);
            students.persist(s);
        }
        List<String> merged = new ArrayList<>();
        if (s.assignedBroker == null) {
            s.assignedBroker = a.broker();
            merged.add("assignedBroker");
        }
        if (a.guidanceIntensity() != null && a.guidanceIntensity() != s.guidanceIntensity) {
            if (existing) {
                timeline.record(org, s.id, TimelineKind.INTENSITY_CHANGED, OffsetDateTime.now(),
                        s.guidanceIntensity + " → " + a.guidanceIntensity(), "Referral accepted", a.referralId());
            }
            s.guidanceIntensity = a.guidanceIntensity();
            merged.add("guidanceIntensity");
        }
        if (a.internshipStartBy() != null
                && (s.internshipStartBy == null || a.internshipStartBy().isBefore(s.internshipStartBy))) {
            s.internshipStartBy = a.internshipStartBy();
            merged.add("internshipStartBy");
        }
        if (existing && !merged.isEmpty()) {
            // The referral's details change a student already in care: on the trail like any edit.
            s.touch(caller.username());
            timeline.record(org, s.id, TimelineKind.STUDENT_UPDATED, OffsetDateTime.now(), String.join(", ", merged),
                    "Referral accepted", a.referralId());
        }
        return s;
    }

    Student newStudent(Organisation organisation) {
        Student s = new Student();
        s.id = UUID.randomUUID();
        s.organisationId = organisation.id;
        s.phase = Phase.INTAKE;
        s.guidanceIntensity = organisation.defaultGuidanceIntensity;
        s.created(caller.username());
        return s;
    }

    /** With school and programme: both methods that load one student return its view, which shows them. */
    private Student load(UUID id) {
        return students.requireWithSchoolInOrganisation(caller.organisationId(), id);
    }

    static List<String> changedFields(Student s, StudentInput in) {
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
        if (in.schoolNumber() != null && !Objects.equals(Text.blankToNull(in.schoolNumber()) == null ? null : in.schoolNumber().trim(), s.schoolNumber)) {
            changed.add("schoolNumber");
        }
        if (!in.schoolId().equals(s.school.id)) {
            changed.add("school");
        }
        if (!Objects.equals(in.programmeId(), s.programme == null ? null : s.programme.id)) {
            changed.add("programme");
        }
        if (in.educationLevel() != null && in.educationLevel() != s.educationLevel) {
            changed.add("educationLevel");
        }
        return changed;
    }

    void apply(Student s, StudentInput in) {
        apply(s, in, schools.findServedBy(s.organisationId, in.schoolId()).orElseThrow(
                () -> ApiException.invalidField("schoolId", "Scope", "schoolId is not a school your organisation serves")));
    }

    /** With the school already checked to be one the organisation serves (an import checks them all at once). */
    void apply(Student s, StudentInput in, nl.stagemakelaar.school.School school) {
        s.firstName = in.firstName().trim();
        s.lastName = in.lastName().trim();
        s.dateOfBirth = in.dateOfBirth();
        s.email = Text.blankToNull(in.email());
        s.phone = Text.blankToNull(in.phone());
        if (in.schoolNumber() != null) { // left out: unchanged, so a form that does not show it keeps the school's match
            s.schoolNumber = Text.blankToNull(in.schoolNumber()) == null ? null : in.schoolNumber().trim();
        }
        s.school = school;
        s.programme = programmes.named("programmeId", in.programmeId());
        s.educationLevel = in.educationLevel() != null ? in.educationLevel()
                : s.programme != null ? EducationLevel.mbo(s.programme.level) : null;
        s.touch(caller.username());
    }
}
