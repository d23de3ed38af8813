package nl.stagemakelaar.closure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Row;
import nl.stagemakelaar.handoff.HandOff;
import nl.stagemakelaar.handoff.HandOffService;
import nl.stagemakelaar.handoff.HandOffView;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.student.Phase;
import nl.stagemakelaar.student.PhaseRules;
import nl.stagemakelaar.student.Student;
import nl.stagemakelaar.student.StudentEvents;
import nl.stagemakelaar.student.StudentPhases;
import nl.stagemakelaar.student.StudentRepository;
import nl.stagemakelaar.student.StudentView;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;

/**
 * Closing a case records how it ended; reopening keeps that record, so a student back for a second internship has
 * one file with its history. Before closing, the broker sees what is still open; closing ends it (proposals
 * withdrawn, follow-ups done) except a running internship, which has to be completed or ended first.
 */
@ApplicationScoped
public class ClosureService {

    @Inject StudentRepository students;
    @Inject StudentPhases phases;
    @Inject HandOffService handOffs;
    @Inject Event<StudentEvents.CaseClosed> caseClosed;
    @Inject EntityManager em;
    @Inject Caller caller;
    @Inject Timeline timeline;

    @Transactional
    public ClosureView.Overview overview(UUID studentId) {
        Student s = load(studentId);
        List<ClosureView.OpenItem> open = s.phase == Phase.CLOSED ? List.of() : openItems(s.id);
        List<ClosureView> all = CaseClosure.<CaseClosure>list("studentId = ?1 order by closedAt desc", s.id).stream()
                .map(this::view).toList();
        ClosureView current = all.stream().filter(c -> c.reopenedAt() == null).findFirst().orElse(null);
        return new ClosureView.Overview(s.phase, open, s.phase != Phase.CLOSED && open.stream().noneMatch(ClosureView.OpenItem::blocks),
                suggestedOutcome(s.id), current, all.stream().filter(c -> c.reopenedAt() != null).toList());
    }

    @Transactional
    public ClosureView close(UUID studentId, ClosureInputs.Close in) {
        Student s = load(studentId);
        if (s.phase == Phase.CLOSED) {
            throw new ApiException(409, "case-closed", "The case is already closed", List.of());
        }
        if (in.placementOutcome() != PlacementOutcome.NOT_PLACED && !hadInternship(s.id)) {
            throw ApiException.invalidField("placementOutcome", "Outcome",
                    "no internship of this student started: the outcome is NOT_PLACED");
        }
        if (in.handOffId() != null && in.handOff() != null) {
            throw ApiException.invalidField("handOffId", "OneOf", "give handOffId or handOff, not both");
        }
        String reason = in.reason().trim();
        // Placements withdraw what the employer could still see; a running internship refuses (409).
        caseClosed.fire(new StudentEvents.CaseClosed(s.organisationId, s.id, reason));
        HandOff handOff = in.handOff() != null ? handOffs.record(s, in.handOff())
                : in.handOffId() != null ? handOffs.ofStudent(s.id, in.handOffId(), "handOffId") : null;
        CaseClosure c = new CaseClosure();
        c.id = UUID.randomUUID();
        c.organisationId = s.organisationId;
        c.studentId = s.id;
        c.closedAt = OffsetDateTime.now();
        c.closedBy = caller.username();
        c.placementOutcome = in.placementOutcome();
        c.educationOutcome = in.educationOutcome() == null ? EducationOutcome.UNKNOWN : in.educationOutcome();
        c.handOffId = handOff == null ? null : handOff.id;
        c.reason = reason;
        c.persist();
        phases.move(s, Phase.CLOSED, reason);
        timeline.record(s.organisationId, s.id, TimelineKind.CASE_CLOSED, OffsetDateTime.now(),
                c.placementOutcome + " · " + c.educationOutcome + (handOff == null ? "" : " · " + handOff.toKind), reason, c.id);
        CaseClosure.flush();
        return view(c);
    }

    @Transactional
    public StudentView reopen(UUID studentId, ClosureInputs.Reopen in) {
        Student s = load(studentId);
        if (s.phase != Phase.CLOSED) {
            throw new ApiException(409, "case-open", "The case is not closed", List.of());
        }
        Phase at = in.phase() == null ? Phase.INTAKE : in.phase();
        if (!PhaseRules.REOPEN_AT.contains(at)) {
            throw ApiException.invalidField("phase", "Enum", "a case reopens at INTAKE, PREPARATION or MATCHING");
        }
        String reason = in.reason().trim();
        CaseClosure.<CaseClosure>find("studentId = ?1 and reopenedAt is null", s.id).firstResultOptional().ifPresent(c -> {
            c.reopenedAt = OffsetDateTime.now();
            c.reopenedBy = caller.username();
            c.reopenReason = reason;
        });
        phases.move(s, at, reason);
        timeline.record(s.organisationId, s.id, TimelineKind.CASE_REOPENED, OffsetDateTime.now(), "CLOSED → " + at,
                reason, null);
        students.flush();
        return StudentView.of(s);
    }

    /** The referring mentor's line: closed, when and how. Empty while the case is open. */
    public Optional<ClosureView.Summary> summary(UUID studentId) {
        return CaseClosure.<CaseClosure>find("studentId = ?1 and reopenedAt is null", studentId).firstResultOptional()
                .map(c -> new ClosureView.Summary(c.closedAt, c.placementOutcome, c.educationOutcome,
                        handOffs.find(c.handOffId).map(h -> h.toKind).orElse(null)));
    }

    private List<ClosureView.OpenItem> openItems(UUID studentId) {
        List<Row> rows = Row.all(em.createNativeQuery("""
                select case when p.status = 'ACTIVE' then 'RUNNING_INTERNSHIP' when p.status = 'ACCEPTED' then 'AGREED_INTERNSHIP'
                            else 'LIVE_PROPOSAL' end as kind, p.id, e.name as detail, p.start_date as date
                  from placement p join employer e on e.id = p.employer_id
                 where p.student_id = :s and p.status in ('PROPOSED', 'INTERVIEW', 'ACCEPTED', 'ACTIVE')
                union all
                select 'FOLLOW_UP', c.id, coalesce(left(c.summary, 80), c.channel), c.follow_up_on from contact c
                 where c.student_id = :s and c.follow_up_on is not null and not c.follow_up_done
                union all
                select 'OPEN_AGREEMENT', i.id, left(i.agreement, 80), i.due_on from intervention i
                  join placement p on p.id = i.placement_id where p.student_id = :s and i.outcome = 'OPEN'
                order by 1, 4 nulls last""", Tuple.class).setParameter("s", studentId));
        return rows.stream().map(r -> {
            var kind = ClosureView.OpenItemKind.valueOf(r.text("kind"));
            return new ClosureView.OpenItem(kind, r.uuid("id"), r.text("detail"), r.date("date"),
                    kind == ClosureView.OpenItemKind.RUNNING_INTERNSHIP);
        }).toList();
    }

    /** From the latest internship that started; NOT_PLACED when none did. */
    private PlacementOutcome suggestedOutcome(UUID studentId) {
        var types = em.createNativeQuery("select p.type from placement p where p.student_id = :s"
                + " and p.status in ('ACTIVE', 'COMPLETED', 'ENDED_EARLY') order by p.start_date desc limit 1")
                .setParameter("s", studentId).getResultList();
        if (types.isEmpty()) {
            return PlacementOutcome.NOT_PLACED;
        }
        return switch (String.valueOf(types.get(0))) {
            case "OWN_ORGANISATION" -> PlacementOutcome.PLACED_OWN_ORGANISATION;
            case "FOUND_BY_STUDENT" -> PlacementOutcome.FOUND_THEMSELVES;
            default -> PlacementOutcome.PLACED_EXTERNALLY;
        };
    }

    private boolean hadInternship(UUID studentId) {
        return ((Number) em.createNativeQuery("select count(*) from placement p where p.student_id = :s"
                + " and p.status in ('ACTIVE', 'COMPLETED', 'ENDED_EARLY')").setParameter("s", studentId).getSingleResult()).longValue() > 0;
    }

    private ClosureView view(CaseClosure c) {
        HandOffView h = handOffs.find(c.handOffId).map(HandOffView::of).orElse(null);
        return new ClosureView(c.id, c.closedAt, c.closedBy, c.placementOutcome, c.educationOutcome, h, c.reason,
                c.reopenedAt, c.reopenedBy, c.reopenReason);
    }

    private Student load(UUID id) {
        return students.requireInOrganisation(caller.organisationId(), id);
    }
}
