package nl.stagemakelaar.placement;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.attachment.AttachmentRepository;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Etags;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Text;
import nl.stagemakelaar.consent.Consents;
import nl.stagemakelaar.employer.EmployerRepository;
import nl.stagemakelaar.employer.EmployerService;
import nl.stagemakelaar.place.InternshipPlace;
import nl.stagemakelaar.place.PlaceRepository;
import nl.stagemakelaar.place.PlaceStatus;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.student.Phase;
import nl.stagemakelaar.student.Student;
import nl.stagemakelaar.student.StudentEvents;
import nl.stagemakelaar.student.StudentPhases;
import nl.stagemakelaar.student.StudentRepository;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;

/**
 * Proposals and placements. Each step lands on the student's timeline, and the student's phase follows:
 * proposing → matching, accepted → placed, started → in internship, completed or ended early → internship ended
 * (the broker chooses the next step), an accepted one withdrawn → matching.
 */
@ApplicationScoped
public class PlacementService {

    @Inject PlacementRepository placements;
    @Inject PlaceRepository places;
    @Inject StudentRepository students;
    @Inject EmployerRepository employers;
    @Inject EmployerService employerService;
    @Inject Caller caller;
    @Inject Timeline timeline;
    @Inject Consents consents;
    @Inject StudentPhases phases;
    @Inject AttachmentRepository files;

    @Transactional
    public PlacementView propose(PlacementInputs.Propose in) {
        UUID org = caller.organisationId();
        Student s = students.findInOrganisation(org, in.studentId())
                .orElseThrow(() -> ApiException.invalidField("studentId", "Scope", "studentId is not a student of your organisation"));
        if (s.phase == Phase.CLOSED) {
            throw ApiException.conflict("studentId", "Closed", "the student's case is closed; reopen it first");
        }
        Consents.requireGuardianIfMinor(s.dateOfBirth, in.consentDate(), in.guardianConsent(), "guardianConsent");
        Placement p = new Placement();
        p.id = UUID.randomUUID();
        p.organisationId = org;
        p.student = s;
        if (in.placeId() != null) {
            InternshipPlace place = places.findInOrganisation(org, in.placeId()).orElseThrow(() -> ApiException.invalidField("placeId", "Scope",
                            "placeId is not a place in your network"));
            if (place.status == PlaceStatus.CLOSED) {
                throw ApiException.conflict("placeId", "Closed", "this place is closed");
            }
            if (in.employerId() != null && !in.employerId().equals(place.employer.id)) {
                throw ApiException.invalidField("employerId", "Mismatch", "employerId is not the place's employer");
            }
            p.place = place;
            p.employer = place.employer;
        } else if (in.employerId() != null) {
            p.employer = employers.findInOrganisation(org, in.employerId()).orElseThrow(() -> ApiException.invalidField(
                    "employerId", "Scope", "employerId is not an employer in your network"));
        } else {
            throw ApiException.invalidField("placeId", "NotNull", "give a placeId or an employerId");
        }
        p.type = in.type() == null ? PlacementType.EXTERNAL : in.type();
        p.status = PlacementStatus.PROPOSED;
        p.profile = in.profile().trim();
        p.strengths = Text.blankToNull(in.strengths()) == null ? null : in.strengths().trim();
        p.supportToMention = Text.blankToNull(in.supportToMention()) == null ? null : in.supportToMention().trim();
        if (in.cvAttachmentId() != null && !files.isFileOf(in.cvAttachmentId(), s.id)) {
            throw ApiException.invalidField("cvAttachmentId", "Scope", "cvAttachmentId is not a file of this student");
        }
        p.cvAttachmentId = in.cvAttachmentId();
        p.consentToShare = true;
        p.consentDate = in.consentDate();
        p.requiredHours = in.requiredHours();
        p.endDate = in.endDate();
        p.created(caller.username());
        p.persist();
        consents.recordSharing(org, s.id, p.id, Boolean.TRUE.equals(in.guardianConsent()), in.consentDate());
        record(p, null);
        if (s.phase == Phase.INTAKE || s.phase == Phase.PREPARATION) {
            phases.move(s, Phase.MATCHING, null);
        }
        placements.flush();
        return PlacementView.of(p);
    }

    /** An internship the student found themselves: agreed at once, the student placed, other proposals ended. */
    @Transactional
    public PlacementView recordFound(PlacementInputs.Found in) {
        return recordFound(in, null);
    }

    /** The same, through an application to a place in the network: that place is the one it fills. */
    @Transactional
    public PlacementView recordFound(PlacementInputs.Found in, nl.stagemakelaar.place.InternshipPlace place) {
        UUID org = caller.organisationId();
        Student s = students.findInOrganisation(org, in.studentId())
                .orElseThrow(() -> ApiException.invalidField("studentId", "Scope", "studentId is not a student of your organisation"));
        if (s.phase == Phase.CLOSED) {
            throw ApiException.conflict("studentId", "Closed", "the student's case is closed; reopen it first");
        }
        checkDates(in.startDate(), in.endDate(), "endDate");
        Placement p = new Placement();
        p.id = UUID.randomUUID();
        p.organisationId = org;
        p.student = s;
        if (in.employerId() != null) {
            p.employer = employers.findInOrganisation(org, in.employerId()).orElseThrow(() -> ApiException.invalidField(
                    "employerId", "Scope", "employerId is not an employer in your network"));
        } else if (Text.blankToNull(in.newEmployerName()) != null) {
            p.employer = employerService.addByName(in.newEmployerName());
        } else {
            throw ApiException.invalidField("employerId", "NotNull", "give an employerId or a newEmployerName");
        }
        onlyPlacementOf(p);
        p.place = place;
        p.type = PlacementType.FOUND_BY_STUDENT;
        p.status = PlacementStatus.ACCEPTED;
        p.startDate = in.startDate();
        p.endDate = in.endDate();
        p.requiredHours = in.requiredHours();
        p.created(caller.username());
        p.persist();
        record(p, null);
        phases.move(s, Phase.PLACED, null);
        withdrawLive(s.id, "Found a place themselves");
        placements.flush();
        return view(p);
    }

    /** An end before the start is refused, naming the field the caller sent. */
    private static void checkDates(LocalDate start, LocalDate end, String field) {
        if (start != null && end != null && end.isBefore(start)) {
            throw ApiException.invalidField(field, "Order", "endDate is before startDate");
        }
    }

    @Transactional
    public PageResult<PlacementView> list(PlacementStatus status, UUID studentId, UUID employerId, PageRequest page) {
        var filter = new PlacementRepository.Filter(status, studentId, employerId);
        UUID org = caller.organisationId();
        return PageResult.of(placements.list(org, filter, page), page, placements.count(org, filter, page), this::view);
    }

    @Transactional
    public PlacementView get(UUID id) {
        return view(load(id, false));
    }

    /** What is written about the student stays with the brokers: an integration sees the placement's facts only. */
    private PlacementView view(Placement p) {
        PlacementView v = PlacementView.of(p);
        return caller.hasRole(nl.stagemakelaar.security.Roles.INTEGRATION) ? v.withoutCaseText() : v;
    }

    @Transactional
    public PlacementView interview(UUID id, String ifMatch, PlacementInputs.Interview in) {
        return interview(loadForChange(id, ifMatch), in);
    }

    /** The step itself, for a placement the caller (broker or the employer's portal user) has in scope and locked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PlacementView interview(Placement p, PlacementInputs.Interview in) {
        requireOpenCase(p);
        PlacementStatus from = move(p, PlacementStatus.INTERVIEW);
        p.interviewAt = in.at();
        return done(p, from);
    }

    @Transactional
    public PlacementView accept(UUID id, String ifMatch, PlacementInputs.Accept in) {
        return accept(loadForChange(id, ifMatch), in);
    }

    /** Accepting ends the student's other live proposals: they are superseded, and their employers lose access. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PlacementView accept(Placement p, PlacementInputs.Accept in) {
        requireOpenCase(p);
        onlyPlacementOf(p);
        PlacementStatus from = move(p, PlacementStatus.ACCEPTED);
        if (in.startDate() != null) {
            checkDates(in.startDate(), p.endDate, "startDate");
            p.startDate = in.startDate();
        }
        phases.move(p.student, Phase.PLACED, null);
        PlacementView view = done(p, from);
        withdrawLive(p.student.id, "Placed elsewhere");
        return view;
    }

    @Transactional
    public PlacementView decline(UUID id, String ifMatch, PlacementInputs.Decline in) {
        return decline(loadForChange(id, ifMatch), in);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public PlacementView decline(Placement p, PlacementInputs.Decline in) {
        PlacementStatus from = move(p, PlacementStatus.DECLINED);
        p.declineReason = in.reason().trim();
        return done(p, from);
    }

    @Transactional
    public PlacementView withdraw(UUID id, String ifMatch, PlacementInputs.Withdraw in) {
        Placement p = loadForChange(id, ifMatch);
        return withdraw(p, in == null ? null : Text.blankToNull(in.reason()), true);
    }

    private PlacementView withdraw(Placement p, String reason, boolean backToMatching) {
        PlacementStatus from = move(p, PlacementStatus.WITHDRAWN);
        p.withdrawReason = reason;
        if (from == PlacementStatus.ACCEPTED && backToMatching) {
            phases.move(p.student, Phase.MATCHING, null);
        }
        return done(p, from);
    }

    /** The student's live proposals end with the reason; their employers lose access. */
    private void withdrawLive(UUID studentId, String reason) {
        for (Placement live : placements.lockedOfStudent(studentId, PlacementStatus.LIVE_PROPOSALS)) {
            withdraw(live, reason, false);
        }
    }

    /**
     * Closing a case ends its proposals and an accepted internship that has not started; a running internship
     * must be completed or ended first, so its outcome is on record.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onCaseClosed(@Observes StudentEvents.CaseClosed event) {
        if (placements.internshipRunning(event.studentId())) {
            throw new ApiException(409, "internship-running",
                    "The internship is still running: complete it or end it early before closing the case", List.of());
        }
        for (Placement p : placements.lockedOfStudent(event.studentId(), PlacementStatus.NOT_STARTED)) {
            withdraw(p, "Case closed: " + event.reason(), false);
        }
    }

    /** Consent to share withdrawn: live proposals end; an agreed internship keeps its dates, not the profile. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onSharingConsentWithdrawn(@Observes StudentEvents.SharingConsentWithdrawn event) {
        withdrawLive(event.studentId(), "Consent withdrawn");
        placements.markConsentWithdrawn(event.studentId(), event.withdrawnOn());
    }

    @Transactional
    public PlacementView start(UUID id, String ifMatch, PlacementInputs.Start in) {
        Placement p = loadForChange(id, ifMatch);
        PlacementStatus from = move(p, PlacementStatus.ACTIVE);
        checkDates(in.startDate(), p.endDate, "startDate");
        p.startDate = in.startDate();
        phases.move(p.student, Phase.IN_INTERNSHIP, null);
        return done(p, from);
    }

    @Transactional
    public PlacementView complete(UUID id, String ifMatch, PlacementInputs.Complete in) {
        Placement p = loadForChange(id, ifMatch);
        PlacementStatus from = move(p, PlacementStatus.COMPLETED);
        p.endDate = in.endDate() == null ? LocalDate.now() : in.endDate();
        checkDates(p.startDate, p.endDate, "endDate");
        if (in.hoursDone() != null) {
            p.hoursDone = in.hoursDone();
        }
        phases.move(p.student, Phase.INTERNSHIP_ENDED, null);
        return done(p, from);
    }

    @Transactional
    public PlacementView endEarly(UUID id, String ifMatch, PlacementInputs.EndEarly in) {
        Placement p = loadForChange(id, ifMatch);
        PlacementStatus from = move(p, PlacementStatus.ENDED_EARLY);
        p.endReason = in.reason();
        p.endedBy = in.endedBy();
        p.endNote = in.note() == null || in.note().isBlank() ? null : in.note().trim();
        p.endDate = in.endDate() == null ? LocalDate.now() : in.endDate();
        checkDates(p.startDate, p.endDate, "endDate");
        phases.move(p.student, Phase.INTERNSHIP_ENDED, null);
        return done(p, from);
    }

    /** A placement of the caller's organisation, locked, at the version the caller read (428/412 otherwise). */
    private Placement loadForChange(UUID id, String ifMatch) {
        Placement p = load(id, true);
        Etags.require(ifMatch, p.version);
        return p;
    }

    /** A closed case moves by no placement step, the employer's included; reopening comes first. */
    private static void requireOpenCase(Placement p) {
        if (p.student.phase == Phase.CLOSED) {
            throw new ApiException(409, "case-closed", "The student's case is closed", List.of());
        }
    }

    /** A placement of the caller's organisation, locked for a change when asked. */
    public Placement load(UUID id, boolean lock) {
        return placements.findInOrganisation(caller.organisationId(), id, lock)
                .orElseThrow(() -> ApiException.notFound("Placement"));
    }

    private static PlacementStatus move(Placement p, PlacementStatus to) {
        if (!p.status.next().contains(to)) {
            throw new ApiException(409, "illegal-transition",
                    "A placement that is " + p.status + " cannot become " + to, List.of());
        }
        PlacementStatus from = p.status;
        p.status = to;
        return from;
    }

    /** A student has one accepted or running placement at a time (also a unique index). */
    private void onlyPlacementOf(Placement p) {
        if (placements.placedElsewhere(p)) {
            throw new ApiException(409, "already-placed", "This student already has an accepted or running placement",
                    List.of());
        }
    }

    private PlacementView done(Placement p, PlacementStatus from) {
        p.touch(caller.username());
        record(p, from);
        Log.infof("placement %s %s -> %s by %s", p.id, from, p.status, caller.username());
        placements.flush();
        return PlacementView.of(p);
    }

    private void record(Placement p, PlacementStatus from) {
        String detail = (from == null ? "" : from + " → ") + p.status + " · " + p.employer.name
                + (p.place == null ? "" : " · " + p.place.title);
        String reason = switch (p.status) {
            case DECLINED -> p.declineReason;
            case WITHDRAWN -> p.withdrawReason;
            case ENDED_EARLY -> p.endReason + " · " + p.endedBy + (p.endNote == null ? "" : " · " + p.endNote);
            default -> p.endNote;
        };
        timeline.record(p.organisationId, p.student.id, TimelineKind.PLACEMENT_CHANGED, OffsetDateTime.now(), detail,
                reason, p.id);
    }

}
