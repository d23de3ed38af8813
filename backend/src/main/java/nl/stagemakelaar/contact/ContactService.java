package nl.stagemakelaar.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.audit.AuditLog;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Text;
import nl.stagemakelaar.employer.Employer;
import nl.stagemakelaar.employer.EmployerRepository;
import nl.stagemakelaar.employer.EmployerService;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.security.Roles;
import nl.stagemakelaar.organisation.OrganisationSettings;
import nl.stagemakelaar.student.Reachability;
import nl.stagemakelaar.student.Student;
import nl.stagemakelaar.student.StudentEvents;
import nl.stagemakelaar.student.StudentRepository;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;

/** The contact log of a student; confidential summaries are for their author and the leads only. */
@ApplicationScoped
public class ContactService {

    @Inject StudentRepository students;
    @Inject EmployerRepository employers;
    @Inject EmployerService employerService;
    @Inject Caller caller;
    @Inject AuditLog audit;
    @Inject Timeline timeline;
    @Inject Reachability reachability;
    @Inject OrganisationSettings settings;

    @Transactional
    public ContactView log(UUID studentId, ContactInput in) {
        Student s = student(studentId);
        Contact c = newContact(s.organisationId, in.occurredAt(), in.channel(), in.minutes(), in.summary(),
                in.confidential(), in.followUpOn());
        c.studentId = s.id;
        c.party = in.party();
        if (in.employerId() != null) {
            c.employerId = employers.findInOrganisation(s.organisationId, in.employerId()).map(e -> e.id).orElseThrow(
                    () -> ApiException.invalidField("employerId", "Scope", "employerId is not an employer in your network"));
        }
        c.outcome = in.outcome() == null ? ContactOutcome.REACHED : in.outcome();
        c.persist();
        timeline.record(s.organisationId, s.id, TimelineKind.CONTACT_LOGGED, c.occurredAt,
                c.channel + " · " + c.party + " · " + c.minutes + " min"
                        + (c.outcome == ContactOutcome.REACHED ? "" : " · " + c.outcome), null, c.id);
        if (c.party == ContactParty.STUDENT) {
            reachability.afterAttempt(s, c.outcome == ContactOutcome.REACHED, failedInRow(s.id),
                    settings.load(s.organisationId).outOfContactAttempts, caller.username());
        }
        return logged(c);
    }

    /** A contact or visit with an employer, about the relation or (optionally) one student. */
    @Transactional
    public ContactView logWithEmployer(UUID employerId, EmployerContactInput in) {
        Employer e = employer(employerId);
        if (in.studentId() != null) {
            UUID student = students.findInOrganisation(e.organisationId, in.studentId()).map(s -> s.id).orElseThrow(
                    () -> ApiException.invalidField("studentId", "Scope", "studentId is not a student of your organisation"));
            return log(student, new ContactInput(in.occurredAt(), in.channel(), ContactParty.EMPLOYER, in.minutes(),
                    in.summary(), in.confidential(), in.followUpOn(), e.id, ContactOutcome.REACHED));
        }
        Contact c = newContact(e.organisationId, in.occurredAt(), in.channel(), in.minutes(), in.summary(),
                in.confidential(), in.followUpOn());
        c.party = ContactParty.EMPLOYER;
        c.employerId = e.id;
        c.persist();
        return logged(c);
    }

    /** Attempts to reach the student that failed since the last one that did not (by when they happened). */
    private long failedInRow(UUID studentId) {
        Contact.flush();
        return Contact.count("studentId = ?1 and party = ?2 and outcome <> ?3 and occurredAt > coalesce((select max(r.occurredAt)"
                + " from Contact r where r.studentId = ?1 and r.party = ?2 and r.outcome = ?3), ?4)", studentId,
                ContactParty.STUDENT, ContactOutcome.REACHED, OffsetDateTime.parse("1900-01-01T00:00:00Z"));
    }

    /** A closed case has no follow-ups left on anyone's dashboard. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onCaseClosed(@Observes StudentEvents.CaseClosed event) {
        Contact.update("followUpDone = true where studentId = ?1 and followUpOn is not null and followUpDone = false",
                event.studentId());
    }

    @Transactional
    public PageResult<ContactView> listOfEmployer(UUID employerId, PageRequest page) {
        Employer e = employer(employerId);
        var query = Contact.<Contact>find("organisationId = ?1 and employerId = ?2 order by occurredAt desc, id",
                e.organisationId, e.id);
        return PageResult.of(query.page(page.page(), page.size()).list(), page, query.count(),
                c -> ContactView.of(c, mayRead(c)));
    }

    private Contact newContact(UUID org, OffsetDateTime occurredAt, ContactChannel channel, int minutes,
            String summary, Boolean confidential, java.time.LocalDate followUpOn) {
        Contact c = new Contact();
        c.id = UUID.randomUUID();
        c.organisationId = org;
        c.occurredAt = occurredAt != null ? occurredAt : OffsetDateTime.now();
        c.channel = channel;
        c.minutes = minutes;
        c.summary = Text.blankToNull(summary);
        c.confidential = Boolean.TRUE.equals(confidential);
        c.followUpOn = followUpOn;
        c.author = caller.username();
        c.createdAt = OffsetDateTime.now();
        return c;
    }

    /** The trail, and the employer's last contact moves (the network sorts by relation health on it). */
    private ContactView logged(Contact c) {
        if (c.employerId != null) {
            employerService.contacted(c.employerId, c.occurredAt);
        }
        return ContactView.of(c, true);
    }

    @Transactional
    public PageResult<ContactView> list(UUID studentId, PageRequest page) {
        Student s = student(studentId);
        var query = Contact.<Contact>find("studentId = ?1 order by occurredAt desc, id", s.id);
        List<Contact> rows = query.page(page.page(), page.size()).list();
        // Reading a confidential summary is on the trail; a summary withheld from this reader is not.
        rows.stream().filter(c -> c.confidential && mayRead(c))
                .forEach(c -> audit.read(c.organisationId, "contact", c.id, c.studentId));
        return PageResult.of(rows, page, query.count(), c -> ContactView.of(c, mayRead(c)));
    }

    @Transactional
    public ContactView completeFollowUp(UUID contactId) {
        Contact c = Contact.<Contact>find("id = ?1 and organisationId = ?2", contactId, caller.organisationId())
                .firstResultOptional().orElseThrow(() -> ApiException.notFound("Contact"));
        c.followUpDone = true;
        return ContactView.of(c, mayRead(c));
    }

    private boolean mayRead(Contact c) {
        return !c.confidential || c.author.equals(caller.username()) || caller.hasRole(Roles.LEAD);
    }

    private Employer employer(UUID id) {
        return employers.findInOrganisation(caller.organisationId(), id).orElseThrow(() -> ApiException.notFound("Employer"));
    }

    private Student student(UUID id) {
        return students.requireInOrganisation(caller.organisationId(), id);
    }
}
