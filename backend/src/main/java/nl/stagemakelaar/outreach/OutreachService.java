package nl.stagemakelaar.outreach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.stagemakelaar.audit.AuditLog;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Text;
import nl.stagemakelaar.employer.Employer;
import nl.stagemakelaar.employer.EmployerRepository;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.student.Student;
import nl.stagemakelaar.student.StudentRepository;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;

@ApplicationScoped
public class OutreachService {

    /** How far back another broker's approach of the same employer is worth a warning. */
    public static final int RECENT_DAYS = 14;

    @Inject
    StudentRepository students;

    @Inject
    EmployerRepository employers;

    @Inject
    Caller caller;

    @Inject
    Timeline timeline;

    @Inject
    AuditLog audit;

    @Transactional
    public OutreachDtos.OutreachView log(UUID studentId, OutreachDtos.OutreachInput in) {
        Student s = student(studentId);
        Employer e;
        if (in.employerId() != null) {
            e = employers.findInOrganisation(s.organisationId, in.employerId()).orElseThrow(
                    () -> ApiException.invalidField("employerId", "Scope", "employerId is not an employer in your network"));
        } else if (Text.blankToNull(in.newEmployerName()) != null) {
            e = new Employer();
            e.id = UUID.randomUUID();
            e.organisationId = s.organisationId;
            e.name = in.newEmployerName().trim();
            e.createdAt = OffsetDateTime.now();
            e.createdBy = caller.username();
            e.updatedAt = e.createdAt;
            e.updatedBy = e.createdBy;
            employers.persist(e);
            audit.record(s.organisationId, "CREATE", "employer", e.id);
        } else {
            throw ApiException.invalidField("employerId", "NotNull", "give an employerId or a newEmployerName");
        }
        if (in.result() == OutreachResult.DECLINED && Text.blankToNull(in.declineReason()) == null) {
            throw ApiException.invalidField("declineReason", "NotBlank", "say why the employer declined");
        }
        Outreach o = new Outreach();
        o.id = UUID.randomUUID();
        o.organisationId = s.organisationId;
        o.studentId = s.id;
        o.employer = e;
        o.channel = in.channel();
        o.approachedOn = in.approachedOn() == null ? LocalDate.now() : in.approachedOn();
        o.result = in.result();
        o.declineReason = Text.blankToNull(in.declineReason());
        o.broker = caller.username();
        o.createdAt = OffsetDateTime.now();
        o.persist();
        timeline.record(s.organisationId, s.id, TimelineKind.OUTREACH_LOGGED, o.createdAt,
                e.name + " · " + o.channel + " · " + o.result, o.declineReason, o.id);
        audit.record(s.organisationId, "CREATE", "outreach", o.id);
        return OutreachDtos.OutreachView.of(o);
    }

    @Transactional
    public OutreachDtos.OutreachSummary forStudent(UUID studentId) {
        Student s = student(studentId);
        List<Outreach> rows = Outreach.getEntityManager().createQuery("select o from Outreach o join fetch o.employer "
                + "where o.studentId = :s order by o.approachedOn desc, o.createdAt desc", Outreach.class)
                .setParameter("s", s.id).setMaxResults(200).getResultList();
        Map<OutreachResult, Long> byResult = new EnumMap<>(OutreachResult.class);
        for (OutreachResult r : OutreachResult.values()) {
            byResult.put(r, 0L);
        }
        rows.forEach(o -> byResult.merge(o.result, 1L, Long::sum));
        long employers = rows.stream().map(o -> o.employer.id).distinct().count();
        return new OutreachDtos.OutreachSummary(employers, byResult,
                rows.stream().map(OutreachDtos.OutreachView::of).toList());
    }

    /** Approaches of this employer by the organisation's other brokers in the last {@value #RECENT_DAYS} days. */
    @Transactional
    public List<OutreachDtos.Recent> recentByOthers(UUID employerId) {
        UUID org = caller.organisationId();
        employers.findInOrganisation(org, employerId).orElseThrow(() -> ApiException.notFound("Employer"));
        return Outreach.getEntityManager().createQuery("select o.broker, s.id, s.firstName, s.lastName, o.approachedOn, "
                        + "o.result from Outreach o, Student s where s.id = o.studentId and o.organisationId = :org "
                        + "and o.employer.id = :e and o.broker <> :me and o.approachedOn >= :since "
                        + "order by o.approachedOn desc", Object[].class)
                .setParameter("org", org).setParameter("e", employerId).setParameter("me", caller.username())
                .setParameter("since", LocalDate.now().minusDays(RECENT_DAYS)).setMaxResults(20).getResultList()
                .stream().map(r -> new OutreachDtos.Recent((String) r[0], (UUID) r[1], r[2] + " " + r[3],
                        (LocalDate) r[4], (OutreachResult) r[5])).toList();
    }

    private Student student(UUID id) {
        return students.requireInOrganisation(caller.organisationId(), id);
    }
}
