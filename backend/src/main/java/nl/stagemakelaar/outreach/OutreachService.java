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
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Text;
import nl.stagemakelaar.employer.Employer;
import nl.stagemakelaar.employer.EmployerRepository;
import nl.stagemakelaar.employer.EmployerService;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.student.Student;
import nl.stagemakelaar.student.StudentRepository;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;

@ApplicationScoped
public class OutreachService {

    /** How far back another broker's approach of the same employer is worth a warning. */
    public static final int RECENT_DAYS = 14;

    @Inject OutreachRepository outreach;
    @Inject StudentRepository students;
    @Inject EmployerRepository employers;
    @Inject EmployerService employerService;
    @Inject Caller caller;
    @Inject Timeline timeline;

    @Transactional
    public OutreachView log(UUID studentId, OutreachInput in) {
        Student s = student(studentId);
        Employer e;
        if (in.employerId() != null) {
            e = employers.findInOrganisation(s.organisationId, in.employerId()).orElseThrow(
                    () -> ApiException.invalidField("employerId", "Scope", "employerId is not an employer in your network"));
        } else if (Text.blankToNull(in.newEmployerName()) != null) {
            e = employerService.addByName(in.newEmployerName());
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
        outreach.persist(o);
        employerService.contacted(e.id, o.approachedOn.atStartOfDay(java.time.ZoneId.systemDefault()).toOffsetDateTime());
        timeline.record(s.organisationId, s.id, TimelineKind.OUTREACH_LOGGED, o.createdAt,
                e.name + " · " + o.channel + " · " + o.result, o.declineReason, o.id);
        return OutreachView.of(o);
    }

    @Transactional
    public OutreachSummary forStudent(UUID studentId) {
        Student s = student(studentId);
        List<Outreach> rows = outreach.ofStudent(s.id);
        Map<OutreachResult, Long> byResult = new EnumMap<>(OutreachResult.class);
        for (OutreachResult r : OutreachResult.values()) {
            byResult.put(r, 0L);
        }
        rows.forEach(o -> byResult.merge(o.result, 1L, Long::sum));
        long employers = rows.stream().map(o -> o.employer.id).distinct().count();
        return new OutreachSummary(employers, byResult,
                rows.stream().map(OutreachView::of).toList());
    }

    /** Approaches of this employer by the organisation's other brokers in the last {@value #RECENT_DAYS} days. */
    @Transactional
    public List<RecentOutreach> recentByOthers(UUID employerId) {
        UUID org = caller.organisationId();
        employers.findInOrganisation(org, employerId).orElseThrow(() -> ApiException.notFound("Employer"));
        return outreach.recentByOthers(org, employerId, caller.username(), LocalDate.now().minusDays(RECENT_DAYS));
    }

    /** All approaches of this employer, for its history. */
    @Transactional
    public PageResult<RecentOutreach> ofEmployer(UUID employerId, PageRequest page) {
        UUID org = caller.organisationId();
        employers.findInOrganisation(org, employerId).orElseThrow(() -> ApiException.notFound("Employer"));
        return PageResult.of(outreach.ofEmployer(org, employerId, page), page, outreach.countOfEmployer(org, employerId, page),
                java.util.function.Function.identity());
    }

    private Student student(UUID id) {
        return students.requireInOrganisation(caller.organisationId(), id);
    }
}
