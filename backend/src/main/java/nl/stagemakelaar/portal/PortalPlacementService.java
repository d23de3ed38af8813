package nl.stagemakelaar.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stagemakelaar.attachment.Attachment;
import nl.stagemakelaar.attachment.AttachmentService;
import nl.stagemakelaar.audit.AuditLog;
import nl.stagemakelaar.checkin.CheckInService;
import nl.stagemakelaar.checkin.CheckInView;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Etags;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.employer.Employer;
import nl.stagemakelaar.placement.Placement;
import nl.stagemakelaar.placement.PlacementInputs;
import nl.stagemakelaar.placement.PlacementService;
import nl.stagemakelaar.placement.PlacementStatus;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.staff.StaffMember;
import nl.stagemakelaar.student.Phase;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;

/**
 * Candidates proposed to the caller's employer and the interns it hosts. Every lookup carries the
 * employer from the token, so another employer's placement is simply not found (404).
 */
@ApplicationScoped
public class PortalPlacementService {

    private static final EnumSet<PlacementStatus> AFTER_START = EnumSet.of(PlacementStatus.ACTIVE,
            PlacementStatus.COMPLETED, PlacementStatus.ENDED_EARLY);

    /**
     * What the employer may see is bounded by why it may see it: a live proposal or an agreed internship shows
     * the shared profile; an internship that ended shows name, dates, hours and evaluation (no profile, no CV)
     * for this long after its end date, then nothing. Withdrawn and declined proposals are gone at once.
     */
    static final int KEEP_ENDED_MONTHS = 12;
    private static final String CANDIDATE = "p.status in :live";
    private static final String INTERN = "(p.status in :current or (p.status in :ended and p.endDate >= :cutoff))";
    private static final String VISIBLE = "(" + CANDIDATE + " or " + INTERN + ")";

    @Inject
    PortalScope scope;

    @Inject
    PlacementService placements;

    @Inject
    CheckInService checkIns;

    @Inject
    AttachmentService attachments;

    @Inject
    Caller caller;

    @Inject
    Timeline timeline;

    @Inject
    AuditLog audit;

    /** Candidates (proposed, interview) or interns (accepted onwards); two statements whatever the page size. */
    @Transactional
    public PageResult<PortalPlacementView> list(boolean interns, PageRequest page) {
        Employer e = scope.employer();
        var em = Placement.getEntityManager();
        // Candidates: live proposals only. Interns: agreed, running, or ended within the retention period.
        String which = interns ? INTERN : CANDIDATE;
        List<Placement> rows = visibility(em.createQuery("select p from Placement p join fetch p.student s "
                        + "left join fetch s.programme left join fetch p.place where p.employer = :e and " + which
                        + " order by p.status, p.startDate nulls last, p.updatedAt desc, p.id", Placement.class), interns, !interns)
                .setParameter("e", e).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = visibility(em.createQuery("select count(p) from Placement p where p.employer = :e and " + which,
                Long.class), interns, !interns).setParameter("e", e).getSingleResult();
        Map<String, StaffMember> brokers = brokers(e);
        return PageResult.of(rows, page, total, p -> view(p, brokers));
    }

    @Transactional
    public PortalPlacementView get(UUID id) {
        return view(load(id, false));
    }

    @Transactional
    public PortalPlacementView interview(UUID id, String ifMatch, PlacementInputs.Interview in) {
        Placement p = liveCandidate(id, ifMatch);
        placements.interview(p, in);
        return view(p);
    }

    @Transactional
    public PortalPlacementView accept(UUID id, String ifMatch, PortalInputs.Accept in) {
        Placement p = liveCandidate(id, ifMatch);
        if (PlacementService.placedElsewhere(p)) {
            throw unavailable();
        }
        placements.accept(p, new PlacementInputs.Accept(in.startDate()));
        return view(p);
    }

    @Transactional
    public PortalPlacementView decline(UUID id, String ifMatch, PlacementInputs.Decline in) {
        Placement p = liveCandidate(id, ifMatch);
        placements.decline(p, in);
        return view(p);
    }

    /**
     * A proposal the employer can still act on, at the version it read. One that was withdrawn, declined, or
     * whose student's case closed is 409 "no longer available", without saying why: the reason is not this
     * employer's business.
     */
    private Placement liveCandidate(UUID id, String ifMatch) {
        Placement p = load(id, true, false);
        if (!PlacementStatus.LIVE_PROPOSALS.contains(p.status) || p.student.phase == Phase.CLOSED) {
            throw unavailable();
        }
        Etags.require(ifMatch, p.version);
        return p;
    }

    private static ApiException unavailable() {
        return new ApiException(409, "candidate-unavailable", "This candidate is no longer available", List.of());
    }

    @Transactional
    public CheckInView report(UUID id, CheckInView.Input in) {
        return checkIns.report(load(id, true), in);
    }

    @Transactional
    public List<CheckInView> checkIns(UUID id) {
        return checkIns.of(load(id, false));
    }

    @Transactional
    public PortalPlacementView confirmHours(UUID id, String ifMatch, PortalInputs.Hours in) {
        Placement p = load(id, true);
        Etags.require(ifMatch, p.version);
        if (!AFTER_START.contains(p.status)) {
            throw new ApiException(409, "not-started", "Hours can be confirmed once the internship has started", List.of());
        }
        p.hoursDone = in.hoursDone();
        p.hoursConfirmedAt = OffsetDateTime.now();
        p.hoursConfirmedBy = caller.username();
        touch(p);
        timeline.record(p.organisationId, p.student.id, TimelineKind.HOURS_CONFIRMED, p.hoursConfirmedAt,
                p.hoursDone + (p.requiredHours == null ? "" : " / " + p.requiredHours) + " h · " + p.employer.name, null, p.id);
        audit.record(p.organisationId, "CONFIRM_HOURS", "placement", p.id);
        Placement.flush();
        return view(p);
    }

    @Transactional
    public PortalPlacementView evaluate(UUID id, PortalInputs.Evaluation in) {
        Placement p = load(id, true);
        if (!AFTER_START.contains(p.status)) {
            throw new ApiException(409, "not-started", "An internship can be evaluated once it has started", List.of());
        }
        if (p.evaluatedAt != null) {
            throw new ApiException(409, "already-evaluated", "This internship has already been evaluated", List.of());
        }
        p.evaluationRating = in.rating();
        p.evaluation = in.text().trim();
        p.evaluatedAt = OffsetDateTime.now();
        p.evaluatedBy = caller.username();
        touch(p);
        timeline.record(p.organisationId, p.student.id, TimelineKind.EVALUATION_GIVEN, p.evaluatedAt,
                p.evaluationRating + "/5 · " + p.employer.name, p.evaluation, p.id);
        audit.record(p.organisationId, "EVALUATE", "placement", p.id);
        Placement.flush();
        return view(p);
    }

    /** The CV the student agreed to share with this proposal; 404 when none was shared. */
    @Transactional
    public Attachment cv(UUID id) {
        Placement p = load(id, false);
        if (p.cvAttachmentId == null || !PortalPlacementView.profileShared(p)) {
            throw ApiException.notFound("CV");
        }
        return attachments.open(Attachment.<Attachment>findByIdOptional(p.cvAttachmentId)
                .orElseThrow(() -> ApiException.notFound("CV")));
    }

    private Placement load(UUID id, boolean lock) {
        return load(id, lock, true);
    }

    /** One of this employer's placements; only those it may still see unless it acts on a past proposal. */
    private Placement load(UUID id, boolean lock, boolean visibleOnly) {
        String jpql = "select p from Placement p where p.id = :id and p.employer = :e";
        var query = visibleOnly
                ? visibility(Placement.getEntityManager().createQuery(jpql + " and " + VISIBLE, Placement.class), true, true)
                : Placement.getEntityManager().createQuery(jpql, Placement.class);
        query.setParameter("id", id).setParameter("e", scope.employer());
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst().orElseThrow(() -> ApiException.notFound("Placement"));
    }

    private static <T> jakarta.persistence.TypedQuery<T> visibility(jakarta.persistence.TypedQuery<T> query,
            boolean interns, boolean candidates) {
        if (candidates) {
            query.setParameter("live", PlacementStatus.LIVE_PROPOSALS);
        }
        if (interns) {
            query.setParameter("current", PlacementStatus.CURRENT).setParameter("ended", PlacementStatus.ENDED)
                    .setParameter("cutoff", java.time.LocalDate.now().minusMonths(KEEP_ENDED_MONTHS));
        }
        return query;
    }

    private PortalPlacementView view(Placement p) {
        return view(p, brokers(p.employer));
    }

    private static PortalPlacementView view(Placement p, Map<String, StaffMember> brokers) {
        return PortalPlacementView.of(p, p.student.assignedBroker == null ? null : brokers.get(p.student.assignedBroker));
    }

    /** The organisation's brokers in one query (an organisation has a handful). */
    private static Map<String, StaffMember> brokers(Employer e) {
        return StaffMember.<StaffMember>list("key.organisationId", e.organisationId).stream()
                .collect(Collectors.toMap(m -> m.key.username, Function.identity()));
    }

    private void touch(Placement p) {
        p.updatedAt = OffsetDateTime.now();
        p.updatedBy = caller.username();
    }
}
