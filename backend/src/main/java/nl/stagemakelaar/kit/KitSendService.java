package nl.stagemakelaar.kit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.AppConfig;
import nl.stagemakelaar.organisation.OrganisationRepository;
import nl.stagemakelaar.preparation.PreparationItemType;
import nl.stagemakelaar.preparation.PreparationService;
import nl.stagemakelaar.preparation.PreparationStatus;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.security.LinkTokens;
import nl.stagemakelaar.security.TenantScope;
import nl.stagemakelaar.student.Student;
import nl.stagemakelaar.student.StudentRepository;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;

/**
 * Sending the kit: one action at intake. The documents travel behind a personal link (256 random bits, two weeks,
 * no account) and, by e-mail, also as attachments. Sending marks the preparation items the documents help with as
 * started, and the timeline says what went out how.
 */
@ApplicationScoped
public class KitSendService {

    static final int VALID_DAYS = 14;
    static final String ACTOR = "student";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM", Locale.forLanguageTag("nl"))
            .withZone(ZoneId.of("Europe/Amsterdam"));

    @Inject Caller caller;
    @Inject EntityManager em;
    @Inject StudentRepository students;
    @Inject OrganisationRepository organisations;
    @Inject KitLibraryService library;
    @Inject PreparationService preparation;
    @Inject Timeline timeline;
    @Inject KitMail mail;
    @Inject AppConfig config;
    @Inject TenantScope tenantScope;

    @Transactional
    public KitViews.Sent send(UUID studentId, KitViews.SendInput in) {
        Student s = students.requireInOrganisation(caller.organisationId(), studentId);
        if (in.channel() == KitChannel.EMAIL && (s.email == null || s.email.isBlank())) {
            throw ApiException.invalidField("channel", "NoEmail", "the student has no e-mail address; send it as a message");
        }
        MessageTemplate template = in.templateId() == null ? null : templateOf(in.templateId());
        List<KitDocument> documents = documentsToSend(s.organisationId, in.documentIds());

        KitSend k = new KitSend();
        k.id = UUID.randomUUID();
        k.organisationId = s.organisationId;
        k.studentId = s.id;
        k.channel = in.channel();
        k.templateId = template == null ? null : template.id;
        String token = LinkTokens.newToken();
        k.tokenHash = LinkTokens.hash(token);
        k.sentAt = OffsetDateTime.now();
        k.expiresAt = k.sentAt.plusDays(VALID_DAYS);
        k.sentBy = caller.username();
        k.persist();
        em.flush();
        var insert = em.createNativeQuery("insert into kit_send_document (send_id, document_id, organisation_id) values (:s, :d, :o)");
        documents.forEach(d -> insert.setParameter("s", k.id).setParameter("d", d.id).setParameter("o", k.organisationId).executeUpdate());

        String organisation = organisations.findByIdOptional(s.organisationId).map(o -> o.name).orElse("Stagemakelaar");
        String link = config.invitations().appUrl().replaceAll("/+$", "") + "/materiaal#" + token;
        String message = KitText.render(template == null ? KitText.STANDARD : template.body, Map.of(
                KitText.FIRST_NAME, s.firstName, KitText.BROKER, caller.displayName(), KitText.ORGANISATION, organisation,
                KitText.LINK, link, KitText.VALID_UNTIL, DATE.format(k.expiresAt)));
        if (in.channel() == KitChannel.EMAIL) {
            // Inside the transaction: the mail reads each document's lazy content only when it attaches them.
            mail.send(s.email, organisation, message, documents);
        }
        String detail = k.channel + " · " + documents.stream().map(d -> d.title).collect(Collectors.joining(", "));
        timeline.record(s.organisationId, s.id, TimelineKind.KIT_SENT, k.sentAt,
                detail.length() > 500 ? detail.substring(0, 499) + "…" : detail, null, k.id);

        // The sample CV does not make the CV: an item only moves from open to started.
        Set<PreparationItemType> helped = documents.stream().map(d -> d.preparationItem).filter(i -> i != null)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PreparationItemType.class)));
        List<PreparationItemType> started = new ArrayList<>();
        for (var item : preparation.checklist(s.id)) {
            if (helped.contains(item.item()) && item.status() == PreparationStatus.OPEN) {
                preparation.set(s.id, item.item(), PreparationStatus.IN_PROGRESS);
                started.add(item.item());
            }
        }
        KitViews.Send view = new KitViews.Send(k.id, k.channel, template == null ? null : template.name,
                documents.stream().map(d -> d.title).toList(), k.sentAt, k.sentBy, k.expiresAt, null);
        return new KitViews.Sent(view, message, link, in.channel() == KitChannel.EMAIL ? s.email : null, started);
    }

    /** The sends to a student, newest first, with what each held: three queries however many there are. */
    @Transactional
    public List<KitViews.Send> list(UUID studentId) {
        Student s = students.requireInOrganisation(caller.organisationId(), studentId);
        List<KitSend> sends = KitSend.<KitSend>find("studentId = ?1 order by sentAt desc", s.id).page(0, 50).list();
        if (sends.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = sends.stream().map(k -> k.id).toList();
        Map<UUID, List<String>> titles = new LinkedHashMap<>();
        em.createQuery("""
                select l.sendId, d.title from KitSendDocumentRow l, KitDocument d
                where d.id = l.documentId and l.sendId in :ids order by d.createdAt, d.id""", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> titles.computeIfAbsent((UUID) r[0], x -> new ArrayList<>()).add((String) r[1]));
        Map<UUID, String> templateNames = new LinkedHashMap<>();
        Set<UUID> templateIds = sends.stream().map(k -> k.templateId).filter(t -> t != null).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!templateIds.isEmpty()) {
            MessageTemplate.<MessageTemplate>list("id in ?1", templateIds).forEach(t -> templateNames.put(t.id, t.name));
        }
        return sends.stream().map(k -> new KitViews.Send(k.id, k.channel, templateNames.get(k.templateId),
                titles.getOrDefault(k.id, List.of()), k.sentAt, k.sentBy, k.expiresAt, k.openedAt)).toList();
    }

    /** The student's page behind the link: unknown 404, expired 410. The first opening is noted for the broker. */
    @Transactional
    public KitViews.LinkView open(String token) {
        KitSend k = usable(token);
        if (k.openedAt == null) {
            k.openedAt = OffsetDateTime.now();
        }
        Student s = em.find(Student.class, k.studentId);
        String organisation = organisations.findByIdOptional(k.organisationId).map(o -> o.name).orElse("");
        return new KitViews.LinkView(s.firstName, organisation, k.expiresAt, em.createQuery("""
                select new nl.stagemakelaar.kit.KitViews$LinkDocument(d.id, d.title, d.fileName, d.contentType, d.sizeBytes)
                from KitSendDocumentRow l, KitDocument d where d.id = l.documentId and l.sendId = :s
                order by d.createdAt, d.id""", KitViews.LinkDocument.class).setParameter("s", k.id).getResultList());
    }

    /** One document of the send behind the link; a document not in it is 404 like an unknown one. */
    @Transactional
    public KitDocument download(String token, UUID documentId) {
        KitSend k = usable(token);
        List<KitDocument> found = em.createQuery("""
                select d from KitSendDocumentRow l, KitDocument d where d.id = l.documentId and l.sendId = :s and d.id = :d""",
                KitDocument.class).setParameter("s", k.id).setParameter("d", documentId).getResultList();
        if (found.isEmpty()) {
            throw ApiException.notFound("Kit document");
        }
        KitDocument d = found.get(0);
        d.content.hashCode();
        return d;
    }

    private KitSend usable(String token) {
        if (!LinkTokens.wellFormed(token)) {
            throw ApiException.notFound("Kit link");
        }
        tenantScope.lookUpLink();
        KitSend k = KitSend.<KitSend>find("tokenHash", LinkTokens.hash(token)).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Kit link"));
        tenantScope.narrowToLink(k.organisationId, ACTOR);
        if (k.expiresAt.isBefore(OffsetDateTime.now())) {
            throw new ApiException(410, "kit-expired", "This link has expired: ask your broker for a new one", List.of());
        }
        return k;
    }

    private MessageTemplate templateOf(UUID id) {
        return MessageTemplate.<MessageTemplate>find("id = ?1 and organisationId = ?2", id, caller.organisationId())
                .firstResultOptional().orElseThrow(() -> ApiException.invalidField("templateId", "Unknown", "no such template in your organisation"));
    }

    /** The chosen documents of the caller's library, in the library's order; left out: all of them. */
    private List<KitDocument> documentsToSend(UUID organisationId, List<UUID> ids) {
        List<KitDocument> all = KitDocument.list("organisationId = ?1 order by createdAt, id", organisationId);
        List<KitDocument> chosen = ids == null ? all : all.stream().filter(d -> ids.contains(d.id)).toList();
        if (ids != null && chosen.size() != new LinkedHashSet<>(ids).size()) {
            throw ApiException.invalidField("documentIds", "Unknown", "a document is not in your organisation's kit");
        }
        if (chosen.isEmpty()) {
            throw ApiException.invalidField("documentIds", "NotEmpty",
                    ids == null ? "the kit has no documents yet: a lead adds them on the kit page" : "choose at least one document");
        }
        return chosen;
    }
}
