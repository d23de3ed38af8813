package nl.stagemakelaar.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.stagemakelaar.audit.AuditLog;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Text;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.security.Roles;
import nl.stagemakelaar.student.Student;
import nl.stagemakelaar.student.StudentRepository;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;

/** The contact log of a student; confidential summaries are for their author and the leads only. */
@ApplicationScoped
public class ContactService {

    @Inject StudentRepository students;
    @Inject nl.stagemakelaar.employer.EmployerRepository employers;
    @Inject Caller caller;
    @Inject Timeline timeline;
    @Inject AuditLog audit;

    @Transactional
    public ContactView log(UUID studentId, ContactInput in) {
        Student s = student(studentId);
        Contact c = new Contact();
        c.id = UUID.randomUUID();
        c.organisationId = s.organisationId;
        c.studentId = s.id;
        c.occurredAt = in.occurredAt() != null ? in.occurredAt() : OffsetDateTime.now();
        c.channel = in.channel();
        c.party = in.party();
        c.minutes = in.minutes();
        c.summary = Text.blankToNull(in.summary());
        c.confidential = Boolean.TRUE.equals(in.confidential());
        c.followUpOn = in.followUpOn();
        if (in.employerId() != null) {
            c.employerId = employers.findInOrganisation(s.organisationId, in.employerId()).map(e -> e.id).orElseThrow(
                    () -> ApiException.invalidField("employerId", "Scope", "employerId is not an employer in your network"));
        }
        c.author = caller.username();
        c.createdAt = OffsetDateTime.now();
        c.persist();
        timeline.record(s.organisationId, s.id, TimelineKind.CONTACT_LOGGED, c.occurredAt,
                c.channel + " · " + c.party + " · " + c.minutes + " min", null, c.id);
        audit.record(s.organisationId, "CREATE", "contact", c.id);
        return ContactView.of(c, true);
    }

    @Transactional
    public PageResult<ContactView> list(UUID studentId, PageRequest page) {
        Student s = student(studentId);
        var query = Contact.<Contact>find("studentId = ?1 order by occurredAt desc, id", s.id);
        return PageResult.of(query.page(page.page(), page.size()).list(), page, query.count(),
                c -> ContactView.of(c, mayRead(c)));
    }

    @Transactional
    public ContactView completeFollowUp(UUID contactId) {
        Contact c = Contact.<Contact>find("id = ?1 and organisationId = ?2", contactId, caller.organisationId())
                .firstResultOptional().orElseThrow(() -> ApiException.notFound("Contact"));
        c.followUpDone = true;
        audit.record(c.organisationId, "FOLLOW_UP_DONE", "contact", c.id);
        return ContactView.of(c, mayRead(c));
    }

    private boolean mayRead(Contact c) {
        return !c.confidential || c.author.equals(caller.username()) || caller.hasRole(Roles.LEAD);
    }

    private Student student(UUID id) {
        return students.requireInOrganisation(caller.organisationId(), id);
    }
}
