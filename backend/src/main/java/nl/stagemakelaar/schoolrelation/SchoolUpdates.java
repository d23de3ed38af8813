package nl.stagemakelaar.schoolrelation;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.consent.ConsentInput;
import nl.stagemakelaar.consent.ConsentView;
import nl.stagemakelaar.consent.Consents;
import nl.stagemakelaar.organisation.OrganisationRepository;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.student.Phase;
import nl.stagemakelaar.student.Student;
import nl.stagemakelaar.student.StudentRepository;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Keeping the school informed, only with the student's consent: the school's placement coordinators get an e-mail
 * that the student joined, and later how it ended. Names and the outcome, nothing from the case file.
 */
@ApplicationScoped
public class SchoolUpdates {

    public enum Kind { JOINED, ENDED }

    @Schema(name = "SchoolUpdateInput")
    public record Input(@jakarta.validation.constraints.NotNull Kind kind) {
    }

    @Schema(name = "SchoolUpdate")
    public record Sent(Kind kind, List<String> sentTo, OffsetDateTime sentAt) {
    }

    static final Map<String, String> OUTCOME_TEXT = Map.of(
            "PLACED_EXTERNALLY", "is geplaatst bij een leerbedrijf",
            "PLACED_OWN_ORGANISATION", "is geplaatst bij onze eigen organisatie",
            "FOUND_THEMSELVES", "heeft zelf een stageplek gevonden",
            "NOT_PLACED", "is niet geplaatst; we hebben het traject afgesloten");

    @Inject StudentRepository students;
    @Inject Consents consents;
    @Inject OrganisationRepository organisations;
    @Inject EntityManager em;
    @Inject Mailer mailer;
    @Inject Timeline timeline;
    @Inject Caller caller;

    @Transactional
    public ConsentView consent(UUID studentId, ConsentInput in) {
        Student s = student(studentId);
        Consents.requireGuardianIfMinor(s.dateOfBirth, in.date(), in.guardian(), "guardian");
        return ConsentView.of(consents.recordSchoolUpdates(s.organisationId, s.id, Boolean.TRUE.equals(in.guardian()), in.date()));
    }

    @Transactional
    public void withdraw(UUID studentId) {
        Student s = student(studentId);
        consents.withdrawSchoolUpdates(s.organisationId, s.id, LocalDate.now());
    }

    @Transactional
    public Sent send(UUID studentId, Kind kind) {
        Student s = student(studentId);
        if (!consents.schoolUpdatesAllowed(s.id)) {
            throw ApiException.conflict("kind", "NoConsent", "the student has not agreed that the school is kept informed");
        }
        if (kind == Kind.ENDED && s.phase != Phase.INTERNSHIP_ENDED && s.phase != Phase.CLOSED) {
            throw ApiException.conflict("kind", "NotEnded", "the internship or the case has not ended yet");
        }
        List<String> to = em.createQuery("""
                select c.email from SchoolCoordinator c where c.relation.organisationId = :org and c.relation.schoolId = :school
                and c.email is not null order by c.position""", String.class)
                .setParameter("org", s.organisationId).setParameter("school", s.school.id).getResultList();
        if (to.isEmpty()) {
            throw ApiException.conflict("kind", "NoCoordinator", "no coordinator of this school has an e-mail address (Scholen)");
        }
        String organisation = organisations.findByIdOptional(s.organisationId).map(o -> o.name).orElse("");
        String who = s.firstName + " " + s.lastName + (s.schoolNumber == null ? "" : " (leerlingnummer " + s.schoolNumber + ")");
        String text = kind == Kind.JOINED
                ? "%s is bij %s aangemeld voor hulp bij het vinden van een stage. %s begeleidt de student.".formatted(who, organisation,
                        caller.displayName())
                : "Het traject van %s bij %s is klaar: de student %s.".formatted(who, organisation, ended(s));
        String body = """
                Beste BPV-coördinator,

                %s

                De student heeft toestemming gegeven om u dit te laten weten. Vragen? Antwoord op deze e-mail of bel ons.

                Met vriendelijke groet,
                %s
                %s
                """.formatted(text, caller.displayName(), organisation);
        String subject = (kind == Kind.JOINED ? "Aangemeld bij " : "Traject afgerond bij ") + organisation + ": " + s.firstName + " " + s.lastName;
        to.forEach(address -> mailer.send(Mail.withText(address, subject, body)));
        OffsetDateTime now = OffsetDateTime.now();
        timeline.record(s.organisationId, s.id, TimelineKind.SCHOOL_INFORMED, now, kind + " · " + to.size(), null, null);
        return new Sent(kind, to, now);
    }

    /** How it ended, in the school's words: the closing's outcome, or the internship that ended. */
    private String ended(Student s) {
        List<String> outcome = em.createQuery("""
                select c.placementOutcome from CaseClosure c where c.studentId = :s and c.reopenedAt is null
                order by c.closedAt desc""", Object.class).setParameter("s", s.id).setMaxResults(1).getResultList()
                .stream().map(String::valueOf).toList();
        return outcome.isEmpty() ? "heeft de stage afgerond" : OUTCOME_TEXT.getOrDefault(outcome.get(0), "heeft het traject afgesloten");
    }

    private Student student(UUID id) {
        return students.requireInOrganisation(caller.organisationId(), id);
    }
}
