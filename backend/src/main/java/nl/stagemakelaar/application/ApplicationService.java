package nl.stagemakelaar.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Etags;
import nl.stagemakelaar.common.Text;
import nl.stagemakelaar.organisation.OrganisationRepository;
import nl.stagemakelaar.place.InternshipPlace;
import nl.stagemakelaar.place.PlaceRepository;
import nl.stagemakelaar.place.PlaceStatus;
import nl.stagemakelaar.placement.PlacementInputs;
import nl.stagemakelaar.placement.PlacementService;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.student.Phase;
import nl.stagemakelaar.student.Student;
import nl.stagemakelaar.student.StudentRepository;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;

/** Vacancies sent to a student and the student's own applications, with their results. Brokers and leads. */
@ApplicationScoped
public class ApplicationService {

    /** A case file lists a student's applications in full; more than this is a file nobody reads on one screen. */
    static final int MAX_LISTED = 200;

    @Inject EntityManager em;
    @Inject StudentRepository students;
    @Inject PlaceRepository places;
    @Inject OrganisationRepository organisations;
    @Inject PlacementService placements;
    @Inject VacancyMessage messages;
    @Inject Timeline timeline;
    @Inject Caller caller;

    @Transactional
    public List<ApplicationView> list(UUID studentId) {
        Student s = students.requireInOrganisation(caller.organisationId(), studentId);
        return em.createQuery("""
                select a from Application a left join fetch a.place
                where a.studentId = :s order by a.onDate desc, a.createdAt desc""", Application.class)
                .setParameter("s", s.id).setMaxResults(MAX_LISTED).getResultList().stream()
                .map(a -> ApplicationView.of(a, null)).toList();
    }

    @Transactional
    public ApplicationView create(UUID studentId, ApplicationInputs.Create in) {
        Student s = students.requireInOrganisation(caller.organisationId(), studentId);
        if (s.phase == Phase.CLOSED) {
            throw ApiException.conflict("studentId", "Closed", "the student's case is closed; reopen it first");
        }
        boolean sent = in.origin() == ApplicationOrigin.SENT_BY_BROKER;
        Application a = new Application();
        a.id = UUID.randomUUID();
        a.organisationId = s.organisationId;
        a.studentId = s.id;
        a.origin = in.origin();
        if (in.placeId() != null) {
            a.place = places.findInOrganisation(s.organisationId, in.placeId()).orElseThrow(() -> ApiException.invalidField(
                    "placeId", "Scope", "placeId is not a place in your network"));
            if (sent && a.place.status != PlaceStatus.OPEN) {
                throw ApiException.invalidField("placeId", "Closed", "the place is not open");
            }
            a.employerName = a.place.employer.name;
            a.title = a.place.title;
        } else {
            a.employerName = required(in.employerName(), "employerName");
            a.title = required(in.title(), "title");
        }
        a.url = Text.blankToNull(in.url());
        if (sent == (in.channel() == null)) {
            throw ApiException.invalidField("channel", sent ? "NotNull" : "Null",
                    sent ? "say how the vacancy reached the student" : "only a vacancy sent has a channel");
        }
        a.channel = in.channel();
        a.onDate = in.onDate() == null ? LocalDate.now() : in.onDate();
        a.result = in.result() == null ? (sent ? ApplicationResult.SENT : ApplicationResult.APPLIED) : settable(in.result());
        if (!sent && a.result == ApplicationResult.SENT) {
            throw ApiException.invalidField("result", "Enum", "SENT is for a vacancy the broker sent");
        }
        a.note = Text.blankToNull(in.note());
        if (a.channel == ApplicationChannel.EMAIL && Text.blankToNull(s.email) == null) {
            throw ApiException.invalidField("channel", "NoEmail", "the student has no e-mail address; send it as a message");
        }
        a.created(caller.username());
        a.persist();
        String message = null;
        if (sent) {
            String organisation = organisations.findByIdOptional(s.organisationId).map(o -> o.name).orElse("");
            message = messages.text(s.firstName, a, caller.displayName(), organisation);
            if (a.channel == ApplicationChannel.EMAIL) {
                messages.send(s.email, organisation, message);
            }
        }
        // The timeline says what and how, never the note.
        timeline.record(s.organisationId, s.id, sent ? TimelineKind.VACANCY_SENT : TimelineKind.APPLICATION_LOGGED,
                OffsetDateTime.now(), a.title + " — " + a.employerName + (sent ? " · " + a.channel : ""), null, a.id);
        em.flush();
        return ApplicationView.of(a, message);
    }

    @Transactional
    public ApplicationView update(UUID id, String ifMatch, ApplicationInputs.Update in) {
        Application a = load(id);
        Etags.require(ifMatch, a.version);
        if (a.result == ApplicationResult.HIRED) {
            throw ApiException.conflict("result", "Hired", "it led to an internship; change the placement instead");
        }
        ApplicationResult to = settable(in.result());
        if (a.origin == ApplicationOrigin.STUDENT && to == ApplicationResult.SENT) {
            throw ApiException.invalidField("result", "Enum", "SENT is for a vacancy the broker sent");
        }
        a.note = Text.blankToNull(in.note());
        return changed(a, to);
    }

    /**
     * It led to an internship: recorded as one the student found themselves (the report's "zelf gevonden"), at the
     * network's place if it was one, else at the employer of that name in the network, else a new employer.
     */
    @Transactional
    public ApplicationView hired(UUID id, String ifMatch, ApplicationInputs.Hired in) {
        Application a = load(id);
        Etags.require(ifMatch, a.version);
        if (a.result == ApplicationResult.HIRED) {
            throw ApiException.conflict("result", "Hired", "this application already led to an internship");
        }
        InternshipPlace place = a.place;
        UUID employerId = place != null ? place.employer.id : employerNamed(a.organisationId, a.employerName);
        var placement = placements.recordFound(new PlacementInputs.Found(a.studentId, employerId,
                employerId == null ? a.employerName : null, in.startDate(), in.endDate(), in.requiredHours()), place);
        a.placementId = placement.id();
        return changed(a, ApplicationResult.HIRED);
    }

    /** A new result (the timeline says from what to what) or only a new note. */
    private ApplicationView changed(Application a, ApplicationResult to) {
        ApplicationResult from = a.result;
        a.result = to;
        a.touch(caller.username());
        if (from != to) {
            timeline.record(a.organisationId, a.studentId, TimelineKind.APPLICATION_CHANGED, OffsetDateTime.now(),
                    a.title + " — " + a.employerName + ": " + from + " → " + to, null, a.id);
        }
        em.flush();
        return ApplicationView.of(a, null);
    }

    private UUID employerNamed(UUID org, String name) {
        List<UUID> found = em.createQuery("select e.id from Employer e where e.organisationId = :org and lower(e.name) = lower(:name)",
                UUID.class).setParameter("org", org).setParameter("name", name.trim()).setMaxResults(2).getResultList();
        return found.size() == 1 ? found.get(0) : null;
    }

    private Application load(UUID id) {
        Application a = Application.findById(id);
        if (a == null || !a.organisationId.equals(caller.organisationId())) {
            throw ApiException.notFound("Application");
        }
        return a;
    }

    private static ApplicationResult settable(ApplicationResult r) {
        if (!ApplicationResult.SETTABLE.contains(r)) {
            throw ApiException.invalidField("result", "Enum", "HIRED follows from recording the internship");
        }
        return r;
    }

    private static String required(String value, String field) {
        if (Text.blankToNull(value) == null) {
            throw ApiException.invalidField(field, "NotBlank", field + " is required for a vacancy outside the network");
        }
        return value.trim();
    }
}
