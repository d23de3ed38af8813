package nl.stagemakelaar.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Text;
import nl.stagemakelaar.consent.ConsentView;
import nl.stagemakelaar.consent.Consents;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.staff.StaffDirectory;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineEntryView;
import nl.stagemakelaar.timeline.TimelineKind;

/** The case-file actions on a student: phase, guidance intensity, assignment; each lands on the timeline. */
@ApplicationScoped
public class CaseService {

    @Inject StudentRepository students;
    @Inject StaffDirectory staff;
    @Inject Timeline timeline;
    @Inject Caller caller;
    @Inject Consents consents;
    @Inject StudentPhases phases;
    @Inject Event<StudentEvents.SharingConsentWithdrawn> sharingWithdrawn;

    @Transactional
    public StudentView changePhase(UUID id, CaseInputs.PhaseChange in) {
        Student s = load(id);
        Phase from = s.phase;
        if (in.phase() == Phase.CLOSED || from == Phase.CLOSED) {
            throw new ApiException(409, "use-closure", from == Phase.CLOSED
                    ? "A closed case is reopened with POST /api/v1/students/{id}/reopening"
                    : "A case is closed with POST /api/v1/students/{id}/closure, which records its outcomes", List.of());
        }
        if (!PhaseRules.manualNext(from).contains(in.phase())) {
            throw new ApiException(409, "illegal-transition", "A student in phase " + from + " cannot move to "
                    + in.phase() + " by hand" + (in.phase() == Phase.PLACED || in.phase() == Phase.IN_INTERNSHIP
                            || in.phase() == Phase.INTERNSHIP_ENDED ? "; placements set this phase" : ""), List.of());
        }
        phases.move(s, in.phase(), Text.blankToNull(in.reason()));
        students.flush();
        return StudentView.of(s);
    }

    @Transactional
    public StudentView changeIntensity(UUID id, CaseInputs.IntensityChange in) {
        Student s = load(id);
        if (s.guidanceIntensity != in.guidanceIntensity()) {
            String detail = s.guidanceIntensity + " → " + in.guidanceIntensity();
            s.guidanceIntensity = in.guidanceIntensity();
            s.touch(caller.username());
            timeline.record(s.organisationId, s.id, TimelineKind.INTENSITY_CHANGED, OffsetDateTime.now(), detail,
                    in.reason().trim(), null);
            students.flush();
        }
        return StudentView.of(s);
    }

    /** Leads assign and reassign cases to the organisation's brokers. */
    @Transactional
    public StudentView assign(UUID id, CaseInputs.Assignment in) {
        Student s = load(id);
        String broker = in.broker().trim();
        if (!staff.isBroker(s.organisationId, broker)) {
            throw ApiException.invalidField("broker", "Scope", "broker is not a broker of your organisation");
        }
        if (!broker.equals(s.assignedBroker)) {
            String detail = (s.assignedBroker == null ? "—" : s.assignedBroker) + " → " + broker;
            s.assignedBroker = broker;
            s.touch(caller.username());
            timeline.record(s.organisationId, s.id, TimelineKind.BROKER_ASSIGNED, OffsetDateTime.now(), detail,
                    null, null);
            students.flush();
        }
        return StudentView.of(s);
    }

    @Transactional
    public List<ConsentView> consents(UUID id) {
        return consents.of(load(id).id);
    }

    /** The broker records, on the student's behalf, that sharing with employers has to stop. */
    @Transactional
    public List<ConsentView> withdrawSharingConsent(UUID id, CaseInputs.ConsentWithdrawal in) {
        Student s = load(id);
        consents.withdrawSharing(s.organisationId, s.id, in.withdrawnOn(), Text.blankToNull(in.note()));
        sharingWithdrawn.fire(new StudentEvents.SharingConsentWithdrawn(s.organisationId, s.id, in.withdrawnOn()));
        students.flush();
        return consents.of(s.id);
    }

    @Transactional
    public PageResult<TimelineEntryView> timeline(UUID id, PageRequest page) {
        Student s = load(id);
        return PageResult.of(timeline.page(s.id, page), page, timeline.count(s.id), TimelineEntryView::of);
    }

    private Student load(UUID id) {
        return students.requireInOrganisation(caller.organisationId(), id);
    }
}
