package nl.stagemakelaar.checkin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Etags;
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

    /** The employer's report from the portal; the placement is already in the caller's scope. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CheckInView report(Placement p, CheckInView.Input in) {
        return record(p, CheckInParty.EMPLOYER, CheckInChannel.PORTAL, in.signal(), in.note(), false);
    }

    /**
     * A broker's check-in. It needs no acknowledging (the broker was there), but a concern or risk it records
     * puts the placement among those at risk on the dashboard, as an employer's would.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CheckInView log(Placement p, CheckInView.BrokerInput in) {
        if (in.channel() == CheckInChannel.PORTAL) {
            throw ApiException.invalidField("channel", "Enum", "PORTAL is the employer's own report");
        }
        CheckInView logged = record(p, in.party(), in.channel(), in.signal(), in.note(), true);
        if (in.agreement() != null) {
            agree(p, logged.id(), in.agreement());
        }
        return logged;
    }

    /** An agreement on an agreed or running internship, from a check-in or on its own. */
    @Transactional(Transactional.TxType.MANDATORY)
    public InterventionView agree(Placement p, UUID checkInId, InterventionView.Input in) {
        requireRunning(p);
        Intervention i = new Intervention();
        i.id = UUID.randomUUID();
        i.organisationId = p.organisationId;
        i.placementId = p.id;
        i.checkInId = checkInId;
        i.agreement = in.agreement().trim();
        i.withWhom = in.withWhom().trim();
        i.dueOn = in.dueOn();
        i.created(caller.username());
        i.persist();
        timeline.record(p.organisationId, p.student.id, TimelineKind.INTERVENTION_AGREED, i.createdAt,
                i.withWhom + " · " + i.dueOn, i.agreement, i.id);
        return InterventionView.of(i);
    }

    public List<InterventionView> interventions(Placement p) {
        return Intervention.<Intervention>list("placementId = ?1 order by dueOn, createdAt", p.id).stream()
                .map(InterventionView::of).toList();
    }

    /** Looking back: did it help? Needs the version the broker read. */
    @Transactional
    public InterventionView evaluate(UUID id, String ifMatch, InterventionView.OutcomeInput in) {
        if (in.outcome() == InterventionOutcome.OPEN) {
            throw ApiException.invalidField("outcome", "Enum", "say whether it helped: HELPED, PARTLY or NOT_HELPED");
        }
        Intervention i = Intervention.<Intervention>find("id = ?1 and organisationId = ?2", id, caller.organisationId())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Intervention"));
        Etags.require(ifMatch, i.version);
        i.outcome = in.outcome();
        i.outcomeNote = Text.blankToNull(in.note()) == null ? null : in.note().trim();
        i.touch(caller.username());
        UUID studentId = Placement.<Placement>findByIdOptional(i.placementId).map(p -> p.student.id).orElseThrow();
        timeline.record(i.organisationId, studentId, TimelineKind.INTERVENTION_EVALUATED, i.updatedAt,
                i.outcome + " · " + i.withWhom, i.outcomeNote, i.id);
        Intervention.flush();
        return InterventionView.of(i);
    }

    private static void requireRunning(Placement p) {
        if (!RUNNING.contains(p.status)) {
            throw new ApiException(409, "not-running", "Only an accepted or running internship can be reported on",
                    List.of());
        }
    }

    private CheckInView record(Placement p, CheckInParty party, CheckInChannel channel, CheckInSignal signal, String note,
            boolean seen) {
        requireRunning(p);
        CheckIn c = new CheckIn();
        c.id = UUID.randomUUID();
        c.organisationId = p.organisationId;
        c.placement = p;
        c.party = party;
        c.channel = channel;
        c.signal = signal;
        c.note = Text.blankToNull(note) == null ? null : note.trim();
        c.reportedBy = caller.username();
        c.reportedAt = OffsetDateTime.now();
        if (seen) {
            c.acknowledgedAt = c.reportedAt;
            c.acknowledgedBy = c.reportedBy;
        }
        c.persist();
        timeline.record(p.organisationId, p.student.id, TimelineKind.CHECK_IN_REPORTED, c.reportedAt,
                c.signal + " · " + c.party + " · " + c.channel + " · " + p.employer.name, c.note, c.id);
        return CheckInView.of(c);
    }

    /** Newest first; the caller has already checked the placement is in scope. */
    public List<CheckInView> of(Placement p) {
        return CheckIn.<CheckIn>list("placement = ?1 order by reportedAt desc", p).stream().map(CheckInView::of).toList();
    }

    /** What the employer sees: its own reports only, never a broker's notes on the student, parents or school. */
    public List<CheckInView> reportedThroughPortal(Placement p) {
        return CheckIn.<CheckIn>list("placement = ?1 and channel = ?2 order by reportedAt desc", p, CheckInChannel.PORTAL)
                .stream().map(CheckInView::of).toList();
    }

    @Transactional
    public CheckInView acknowledge(UUID id) {
        CheckIn c = CheckIn.<CheckIn>find("id = ?1 and organisationId = ?2", id, caller.organisationId())
                .firstResultOptional().orElseThrow(() -> ApiException.notFound("Check-in"));
        if (c.acknowledgedAt == null) {
            c.acknowledgedAt = OffsetDateTime.now();
            c.acknowledgedBy = caller.username();
        }
        return CheckInView.of(c);
    }
}
