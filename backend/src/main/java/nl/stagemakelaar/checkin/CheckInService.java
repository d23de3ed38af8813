package nl.stagemakelaar.checkin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.audit.AuditLog;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Text;
import nl.stagemakelaar.placement.Placement;
import nl.stagemakelaar.placement.PlacementStatus;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;

/** Employers report how an internship goes; brokers see concerns on their dashboard and acknowledge them. */
@ApplicationScoped
public class CheckInService {

    private static final EnumSet<PlacementStatus> RUNNING = EnumSet.of(PlacementStatus.ACCEPTED, PlacementStatus.ACTIVE);

    @Inject Caller caller;
    @Inject Timeline timeline;
    @Inject AuditLog audit;

    /** The placement is already in the caller's scope; the report lands on the student's timeline too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CheckInView report(Placement p, CheckInView.Input in) {
        if (!RUNNING.contains(p.status)) {
            throw new ApiException(409, "not-running", "Only an accepted or running internship can be reported on",
                    List.of());
        }
        CheckIn c = new CheckIn();
        c.id = UUID.randomUUID();
        c.organisationId = p.organisationId;
        c.placement = p;
        c.signal = in.signal();
        c.note = Text.blankToNull(in.note()) == null ? null : in.note().trim();
        c.reportedBy = caller.username();
        c.reportedAt = OffsetDateTime.now();
        c.persist();
        timeline.record(p.organisationId, p.student.id, TimelineKind.CHECK_IN_REPORTED, c.reportedAt,
                c.signal + " · " + p.employer.name, c.note, c.id);
        audit.record(p.organisationId, "REPORT", "check_in", c.id);
        return CheckInView.of(c);
    }

    /** Newest first; the caller has already checked the placement is in scope. */
    public List<CheckInView> of(Placement p) {
        return CheckIn.<CheckIn>list("placement = ?1 order by reportedAt desc", p).stream().map(CheckInView::of).toList();
    }

    @Transactional
    public CheckInView acknowledge(UUID id) {
        CheckIn c = CheckIn.<CheckIn>find("id = ?1 and organisationId = ?2", id, caller.organisationId())
                .firstResultOptional().orElseThrow(() -> ApiException.notFound("Check-in"));
        if (c.acknowledgedAt == null) {
            c.acknowledgedAt = OffsetDateTime.now();
            c.acknowledgedBy = caller.username();
            audit.record(c.organisationId, "ACKNOWLEDGE", "check_in", c.id);
        }
        return CheckInView.of(c);
    }
}
