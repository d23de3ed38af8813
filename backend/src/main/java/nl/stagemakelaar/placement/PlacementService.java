package nl.stagemakelaar.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.stagemakelaar.attachment.Attachment;
import nl.stagemakelaar.audit.AuditLog;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Etags;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Text;
import nl.stagemakelaar.consent.Consents;
import nl.stagemakelaar.employer.EmployerRepository;
import nl.stagemakelaar.place.InternshipPlace;
import nl.stagemakelaar.place.PlaceStatus;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.student.Phase;
import nl.stagemakelaar.student.Student;
import nl.stagemakelaar.student.StudentEvents;
import nl.stagemakelaar.student.StudentRepository;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;

/**
 * Proposals and placements. Each step lands on the student's timeline, and the student's phase follows:
 * proposing → matching, accepted → placed, started → in internship, ended early or withdrawn → matching.
 */
@ApplicationScoped
public class PlacementService {

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

    @Inject
    Consents consents;

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
            InternshipPlace place = InternshipPlace.<InternshipPlace>find("id = ?1 and organisationId = ?2", in.placeId(), org)
                    .firstResultOptional().orElseThrow(() -> ApiException.invalidField("placeId", "Scope",
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
        if (in.cvAttachmentId() != null && Attachment.count("id = ?1 and studentId = ?2", in.cvAttachmentId(), s.id) == 0) {
            throw ApiException.invalidField("cvAttachmentId", "Scope", "cvAttachmentId is not a file of this student");
        }
        p.cvAttachmentId = in.cvAttachmentId();
        p.consentToShare = true;
        p.consentDate = in.consentDate();
        p.requiredHours = in.requiredHours();
        p.createdAt = OffsetDateTime.now();
        p.createdBy = caller.username();
        touch(p);
        p.persist();
        consents.recordSharing(org, s.id, p.id, Boolean.TRUE.equals(in.guardianConsent()), in.consentDate());
        record(p, null);
        if (s.phase == Phase.INTAKE || s.phase == Phase.PREPARATION) {
            movePhase(s, Phase.MATCHING);
        }
        audit.record(org, "PROPOSE", "placement", p.id);
        Placement.flush();
        return PlacementView.of(p);
    }

    @Transactional
    public PageResult<PlacementView> list(PlacementStatus status, UUID studentId, UUID employerId, PageRequest page) {
        StringBuilder where = new StringBuilder("p.organisationId = :org");
        Map<String, Object> params = new HashMap<>(Map.of("org", caller.organisationId()));
        if (status != null) {
            where.append(" and p.status = :status");
            params.put("status", status);
        }
        if (studentId != null) {
            where.append(" and p.student.id = :student");
            params.put("student", studentId);
        }
        if (employerId != null) {
            where.append(" and p.employer.id = :employer");
            params.put("employer", employerId);
        }
        var em = Placement.getEntityManager();
        var query = em.createQuery("select p from Placement p join fetch p.student join fetch p.employer "
                + "left join fetch p.place where " + where + " order by p.updatedAt desc, p.id", Placement.class);
        var count = em.createQuery("select count(p) from Placement p where " + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Placement> rows = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return PageResult.of(rows, page, count.getSingleResult(), PlacementView::of);
    }

    @Transactional
    public PlacementView get(UUID id) {
        return PlacementView.of(load(id, false));
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
            p.startDate = in.startDate();
        }
        movePhase(p.student, Phase.PLACED);
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
            movePhase(p.student, Phase.MATCHING);
        }
        return done(p, from);
    }

    /** The student's live proposals end with the reason; their employers lose access. */
    private void withdrawLive(UUID studentId, String reason) {
        for (Placement live : lockedOfStudent(studentId, PlacementStatus.LIVE_PROPOSALS)) {
            withdraw(live, reason, false);
        }
    }

    private static List<Placement> lockedOfStudent(UUID studentId, java.util.Set<PlacementStatus> statuses) {
        return Placement.getEntityManager().createQuery("select p from Placement p where p.student.id = :s "
                        + "and p.status in :statuses order by p.createdAt", Placement.class)
                .setParameter("s", studentId).setParameter("statuses", statuses)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /**
     * Closing a case ends its proposals and an accepted internship that has not started; a running internship
     * must be completed or ended first, so its outcome is on record.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onCaseClosed(@Observes StudentEvents.CaseClosed event) {
        if (Placement.count("student.id = ?1 and status = ?2", event.studentId(), PlacementStatus.ACTIVE) > 0) {
            throw new ApiException(409, "internship-running",
                    "The internship is still running: complete it or end it early before closing the case", List.of());
        }
        for (Placement p : lockedOfStudent(event.studentId(), PlacementStatus.NOT_STARTED)) {
            withdraw(p, "Case closed: " + event.reason(), false);
        }
    }

    /** Consent to share withdrawn: live proposals end; an agreed internship keeps its dates, not the profile. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onSharingConsentWithdrawn(@Observes StudentEvents.SharingConsentWithdrawn event) {
        withdrawLive(event.studentId(), "Consent withdrawn");
        Placement.update("consentWithdrawnOn = ?1 where student.id = ?2 and consentWithdrawnOn is null",
                event.withdrawnOn(), event.studentId());
    }

    @Transactional
    public PlacementView start(UUID id, String ifMatch, PlacementInputs.Start in) {
        Placement p = loadForChange(id, ifMatch);
        PlacementStatus from = move(p, PlacementStatus.ACTIVE);
        p.startDate = in.startDate();
        movePhase(p.student, Phase.IN_INTERNSHIP);
        return done(p, from);
    }

    @Transactional
    public PlacementView complete(UUID id, String ifMatch, PlacementInputs.Complete in) {
        Placement p = loadForChange(id, ifMatch);
        PlacementStatus from = move(p, PlacementStatus.COMPLETED);
        p.endDate = in.endDate() == null ? LocalDate.now() : in.endDate();
        if (in.hoursDone() != null) {
            p.hoursDone = in.hoursDone();
        }
        return done(p, from);
    }

    @Transactional
    public PlacementView endEarly(UUID id, String ifMatch, PlacementInputs.EndEarly in) {
        Placement p = loadForChange(id, ifMatch);
        PlacementStatus from = move(p, PlacementStatus.ENDED_EARLY);
        p.endReason = in.reason();
        p.endNote = in.note() == null || in.note().isBlank() ? null : in.note().trim();
        p.endDate = in.endDate() == null ? LocalDate.now() : in.endDate();
        movePhase(p.student, Phase.MATCHING);
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
        var query = Placement.getEntityManager().createQuery(
                "select p from Placement p where p.id = :id and p.organisationId = :org", Placement.class)
                .setParameter("id", id).setParameter("org", caller.organisationId());
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst().orElseThrow(() -> ApiException.notFound("Placement"));
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
    private static void onlyPlacementOf(Placement p) {
        if (placedElsewhere(p)) {
            throw new ApiException(409, "already-placed", "This student already has an accepted or running placement",
                    List.of());
        }
    }

    /** The student has another accepted or running placement. */
    public static boolean placedElsewhere(Placement p) {
        return Placement.count("student.id = ?1 and id <> ?2 and status in ?3", p.student.id, p.id,
                PlacementStatus.CURRENT) > 0;
    }

    private PlacementView done(Placement p, PlacementStatus from) {
        touch(p);
        record(p, from);
        audit.record(p.organisationId, p.status.name(), "placement", p.id);
        Placement.flush();
        return PlacementView.of(p);
    }

    private void record(Placement p, PlacementStatus from) {
        String detail = (from == null ? "" : from + " → ") + p.status + " · " + p.employer.name
                + (p.place == null ? "" : " · " + p.place.title);
        String reason = switch (p.status) {
            case DECLINED -> p.declineReason;
            case WITHDRAWN -> p.withdrawReason;
            default -> p.endNote;
        };
        timeline.record(p.organisationId, p.student.id, TimelineKind.PLACEMENT_CHANGED, OffsetDateTime.now(), detail,
                reason, p.id);
    }

    private void movePhase(Student s, Phase to) {
        if (s.phase == to) {
            return;
        }
        timeline.record(s.organisationId, s.id, TimelineKind.PHASE_CHANGED, OffsetDateTime.now(), s.phase + " → " + to,
                null, null);
        s.phase = to;
        s.updatedAt = OffsetDateTime.now();
        s.updatedBy = caller.username();
        audit.record(s.organisationId, "PHASE", "student", s.id);
    }

    private void touch(Placement p) {
        p.updatedAt = OffsetDateTime.now();
        p.updatedBy = caller.username();
    }
}
