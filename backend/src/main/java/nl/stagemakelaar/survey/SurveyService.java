package nl.stagemakelaar.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.AppConfig;
import nl.stagemakelaar.common.Row;
import nl.stagemakelaar.organisation.OrganisationRepository;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.security.LinkTokens;
import nl.stagemakelaar.security.TenantScope;
import nl.stagemakelaar.student.Student;
import nl.stagemakelaar.student.StudentRepository;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;

/**
 * Self-assessments: the broker makes a personal link per moment, the student answers it without an account, and
 * the answers belong to the student the link was made for, so before and after are paired by design. A link
 * works until it expires or is answered; a new link for the same moment replaces the old one.
 */
@ApplicationScoped
public class SurveyService {

    static final int VALID_DAYS = 14;
    static final String ACTOR = "student";

    @Inject TenantScope tenantScope;
    @Inject StudentRepository students;
    @Inject OrganisationRepository organisations;
    @Inject EntityManager em;
    @Inject Caller caller;
    @Inject Timeline timeline;
    @Inject AppConfig config;
    @Inject ObjectMapper json;
    @Inject SurveyMail mail;

    @Transactional
    public List<SurveyViews.StatusView> status(UUID studentId) {
        Student s = students.requireInOrganisation(caller.organisationId(), studentId);
        Map<SurveyMoment, SurveyInvitation> sent = new HashMap<>();
        SurveyInvitation.<SurveyInvitation>list("studentId", s.id).forEach(i -> sent.put(i.moment, i));
        Map<SurveyMoment, OffsetDateTime> answered = new HashMap<>();
        rows(em.createNativeQuery("select moment, submitted_at from survey_response where student_id = :s", Tuple.class)
                .setParameter("s", s.id)).forEach(r -> answered.put(SurveyMoment.valueOf(r.text("moment")), r.time("submitted_at")));
        List<SurveyViews.StatusView> out = new ArrayList<>();
        for (SurveyMoment m : SurveyMoment.values()) {
            SurveyInvitation i = sent.get(m);
            OffsetDateTime at = answered.get(m);
            var status = at != null ? SurveyViews.Status.ANSWERED : i == null ? SurveyViews.Status.NOT_SENT
                    : i.expiresAt.isBefore(OffsetDateTime.now()) ? SurveyViews.Status.EXPIRED : SurveyViews.Status.SENT;
            out.add(new SurveyViews.StatusView(m, status, i == null ? null : i.sentAt, i == null ? null : i.sentBy,
                    i == null ? null : i.expiresAt, at));
        }
        return out;
    }

    /** A new personal link for this moment; the earlier one stops working. Refused once the student answered. */
    @Transactional
    public SurveyViews.Link send(UUID studentId, SurveyMoment moment, boolean byEmail) {
        Student s = students.requireInOrganisation(caller.organisationId(), studentId);
        if (byEmail && (s.email == null || s.email.isBlank())) {
            throw ApiException.invalidField("sendEmail", "NoEmail", "the student has no e-mail address: copy the message instead");
        }
        if (answeredAt(s.id, moment)) {
            throw ApiException.conflict("moment", "Answered", "the student already answered this moment");
        }
        UUID instrument = activeInstrument(moment);
        SurveyInvitation i = SurveyInvitation.<SurveyInvitation>find("studentId = ?1 and moment = ?2", s.id, moment)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional().orElseGet(() -> {
                    SurveyInvitation n = new SurveyInvitation();
                    n.id = UUID.randomUUID();
                    n.organisationId = s.organisationId;
                    n.studentId = s.id;
                    n.moment = moment;
                    return n;
                });
        String token = LinkTokens.newToken();
        i.instrumentId = instrument;
        i.tokenHash = LinkTokens.hash(token);
        i.sentAt = OffsetDateTime.now();
        i.sentBy = caller.username();
        i.expiresAt = i.sentAt.plusDays(VALID_DAYS);
        i.persist();
        String link = config.invitations().appUrl().replaceAll("/+$", "") + "/s#" + token;
        if (byEmail) {
            String organisation = organisations.findByIdOptional(s.organisationId).map(o -> o.name).orElse("Stagemakelaar");
            mail.send(s.email, s.firstName, organisation, caller.displayName(), moment, link, i.expiresAt);
        }
        timeline.record(s.organisationId, s.id, TimelineKind.SURVEY_SENT, i.sentAt, moment.name() + (byEmail ? " · e-mail" : ""), null, i.id);
        return new SurveyViews.Link(moment, link, i.expiresAt, s.email, byEmail ? s.email : null);
    }

    /** The page behind a link: refused clearly when the link is unknown (404), expired (410) or answered (409). */
    @Transactional
    public SurveyViews.Form form(String token) {
        SurveyInvitation i = usable(token, false);
        Student s = students.findById(i.studentId);
        String organisation = organisations.findByIdOptional(i.organisationId).map(o -> o.name).orElse("");
        var instrument = rows(em.createNativeQuery("select title from survey_instrument where id = :i", Tuple.class)
                .setParameter("i", i.instrumentId)).get(0);
        Map<String, SurveyViews.Section> sections = new LinkedHashMap<>();
        for (Row r : items(i.instrumentId)) {
            var section = sections.computeIfAbsent(r.text("theme"),
                    t -> new SurveyViews.Section(t, r.text("theme_title"), new ArrayList<>()));
            section.items().add(new SurveyViews.Item(r.uuid("id"), r.text("code"), SurveyItemKind.valueOf(r.text("kind")),
                    r.text("text"), options(r.text("options"))));
        }
        return new SurveyViews.Form(s.firstName, organisation, i.moment, instrument.text("title"), List.copyOf(sections.values()));
    }

    /** Every item answered once, in its own kind; stored with the student the link was made for. */
    @Transactional
    public void answer(String token, SurveyViews.Answers in) {
        SurveyInvitation i = usable(token, true);
        Map<UUID, Row> items = new HashMap<>();
        items(i.instrumentId).forEach(r -> items.put(r.uuid("id"), r));
        Map<UUID, SurveyViews.Answer> given = new HashMap<>();
        for (int k = 0; k < in.answers().size(); k++) {
            var a = in.answers().get(k);
            Row item = items.get(a.itemId());
            String at = "answers[" + k + "]";
            if (item == null) {
                throw ApiException.invalidField(at + ".itemId", "Scope", "not a statement of this questionnaire");
            }
            if (given.put(a.itemId(), a) != null) {
                throw ApiException.invalidField(at + ".itemId", "Duplicate", "answered twice");
            }
            if (SurveyItemKind.valueOf(item.text("kind")) == SurveyItemKind.SCALE) {
                if (a.value() == null || a.choice() != null) {
                    throw ApiException.invalidField(at + ".value", "NotNull", "give a value from 1 to 5");
                }
            } else if (a.choice() == null || a.value() != null
                    || options(item.text("options")).stream().noneMatch(o -> o.code().equals(a.choice()))) {
                throw ApiException.invalidField(at + ".choice", "Enum", "choose one of the options");
            }
        }
        if (given.size() != items.size()) {
            throw ApiException.invalidField("answers", "Size", "answer every statement (" + items.size() + ")");
        }
        UUID response = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        em.createNativeQuery("insert into survey_response (id, organisation_id, student_id, moment, instrument_id, submitted_at)"
                + " values (:id, :o, :s, :m, :i, :at)").setParameter("id", response).setParameter("o", i.organisationId)
                .setParameter("s", i.studentId).setParameter("m", i.moment.name()).setParameter("i", i.instrumentId)
                .setParameter("at", now).executeUpdate();
        var insert = em.createNativeQuery("insert into survey_answer (response_id, organisation_id, item_id, item_code, scale_value, choice)"
                + " values (:r, :o, :item, :code, cast(:v as smallint), cast(:c as varchar))");
        for (var a : given.values()) {
            insert.setParameter("r", response).setParameter("o", i.organisationId).setParameter("item", a.itemId()).setParameter("code", items.get(a.itemId()).text("code"))
                    .setParameter("v", a.value()).setParameter("c", a.choice()).executeUpdate();
        }
        i.completedAt = now;
        timeline.recordAs(ACTOR, i.organisationId, i.studentId, TimelineKind.SURVEY_ANSWERED, now, i.moment.name(), null, response);
    }

    private SurveyInvitation usable(String token, boolean lock) {
        if (!LinkTokens.wellFormed(token)) {
            throw ApiException.notFound("Survey link");
        }
        tenantScope.lookUpLink();
        var query = SurveyInvitation.<SurveyInvitation>find("tokenHash", LinkTokens.hash(token));
        if (lock) {
            query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        SurveyInvitation i = query.firstResultOptional().orElseThrow(() -> ApiException.notFound("Survey link"));
        tenantScope.narrowToLink(i.organisationId, ACTOR);
        if (i.completedAt != null) {
            throw new ApiException(409, "survey-answered", "This questionnaire has already been filled in", List.of());
        }
        if (i.expiresAt.isBefore(OffsetDateTime.now())) {
            throw new ApiException(410, "survey-expired", "This link has expired: ask your broker for a new one", List.of());
        }
        return i;
    }

    private boolean answeredAt(UUID studentId, SurveyMoment moment) {
        return ((Number) em.createNativeQuery("select count(*) from survey_response where student_id = :s and moment = :m")
                .setParameter("s", studentId).setParameter("m", moment.name()).getSingleResult()).longValue() > 0;
    }

    private UUID activeInstrument(SurveyMoment moment) {
        return rows(em.createNativeQuery("select id from survey_instrument where moment = :m and active", Tuple.class)
                .setParameter("m", moment.name())).stream().findFirst().map(r -> r.uuid("id"))
                .orElseThrow(() -> new ApiException(409, "no-instrument", "No questionnaire is active for " + moment, List.of()));
    }

    private List<Row> items(UUID instrument) {
        return rows(em.createNativeQuery("select id, code, theme, theme_title, kind, text, options::text as options"
                + " from survey_item where instrument_id = :i order by position", Tuple.class).setParameter("i", instrument));
    }

    private List<SurveyViews.Option> options(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, new TypeReference<List<SurveyViews.Option>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("survey options are not JSON", e);
        }
    }

    private static List<Row> rows(jakarta.persistence.Query q) {
        return Row.all(q);
    }
}
