package nl.stagemakelaar.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.stagemakelaar.attachment.Attachment;
import nl.stagemakelaar.attachment.AttachmentService;
import nl.stagemakelaar.checkin.CheckInService;
import nl.stagemakelaar.checkin.CheckInView;
import nl.stagemakelaar.audit.AuditLog;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Etags;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.employer.Employer;
import nl.stagemakelaar.placement.Placement;
import nl.stagemakelaar.placement.PlacementInputs;
import nl.stagemakelaar.placement.PlacementRepository;
import nl.stagemakelaar.placement.PlacementService;
import nl.stagemakelaar.placement.PlacementStatus;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.staff.StaffDirectory;
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

    @Inject PortalScope scope;
    @Inject PlacementService placementService;
    @Inject PlacementRepository placements;
    @Inject CheckInService checkIns;
    @Inject AttachmentService attachments;
    @Inject Caller caller;
    @Inject StaffDirectory staff;
    @Inject Timeline timeline;
    @Inject AuditLog audit;

    /** Candidates (proposed, interview) or interns (accepted onwards); two statements whatever the page size. */
    @Transactional
    public PageResult<PortalPlacementView> list(boolean interns, PageRequest page) {
        Employer e = scope.employer();
        List<Placement> rows = placements.ofEmployer(e, interns, page);
        long total = placements.countOfEmployer(e, interns);
        Map<String, StaffMember> brokers = brokers(e);
        return PageResult.of(rows, page, total, p -> view(p, brokers));
    }

    @Transactional
    public PortalPlacementView get(UUID id) {
        Placement p = load(id, false);
        if (PortalPlacementView.profileShared(p)) {
            audit.read(p.organisationId, "placement", p.id, p.student.id);
        }
        return view(p);
    }

    @Transactional
    public PortalPlacementView interview(UUID id, String ifMatch, PlacementInputs.Interview in) {
        Placement p = liveCandidate(id, ifMatch);
        placementService.interview(p, in);
        return view(p);
    }

    @Transactional
    public PortalPlacementView accept(UUID id, String ifMatch, PortalInputs.Accept in) {
        Placement p = liveCandidate(id, ifMatch);
        if (placements.placedElsewhere(p)) {
            throw unavailable();
        }
        placementService.accept(p, new PlacementInputs.Accept(in.startDate()));
        return view(p);
    }

    @Transactional
    public PortalPlacementView decline(UUID id, String ifMatch, PlacementInputs.Decline in) {
        Placement p = liveCandidate(id, ifMatch);
        placementService.decline(p, in);
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
        return checkIns.reportedThroughPortal(load(id, false));
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
        p.touch(caller.username());
        timeline.record(p.organisationId, p.student.id, TimelineKind.HOURS_CONFIRMED, p.hoursConfirmedAt,
                p.hoursDone + (p.requiredHours == null ? "" : " / " + p.requiredHours) + " h · " + p.employer.name, null, p.id);
        placements.flush();
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
        p.touch(caller.username());
        timeline.record(p.organisationId, p.student.id, TimelineKind.EVALUATION_GIVEN, p.evaluatedAt,
                p.evaluationRating + "/5 · " + p.employer.name, p.evaluation, p.id);
        placements.flush();
        return view(p);
    }

    /** The CV the student agreed to share with this proposal; 404 when none was shared. */
    @Transactional
    public Attachment cv(UUID id) {
        Placement p = load(id, false);
        if (p.cvAttachmentId == null || !PortalPlacementView.profileShared(p)) {
            throw ApiException.notFound("CV");
        }
        return attachments.openShared(p.cvAttachmentId);
    }

    private Placement load(UUID id, boolean lock) {
        return load(id, lock, true);
    }

    /** One of this employer's placements; only those it may still see unless it acts on a past proposal. */
    private Placement load(UUID id, boolean lock, boolean visibleOnly) {
        return placements.findOfEmployer(scope.employer(), id, lock, visibleOnly)
                .orElseThrow(() -> ApiException.notFound("Placement"));
    }

    private PortalPlacementView view(Placement p) {
        return view(p, brokers(p.employer));
    }

    private static PortalPlacementView view(Placement p, Map<String, StaffMember> brokers) {
        return PortalPlacementView.of(p, p.student.assignedBroker == null ? null : brokers.get(p.student.assignedBroker));
    }

    private Map<String, StaffMember> brokers(Employer e) {
        return staff.byUsername(e.organisationId);
    }
}
