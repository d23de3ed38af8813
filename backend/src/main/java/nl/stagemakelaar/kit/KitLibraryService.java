package nl.stagemakelaar.kit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.attachment.FileCheck;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.Etags;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.preparation.PreparationItemType;
import nl.stagemakelaar.security.Caller;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The organisation's library: documents (PDF or DOCX, checked by content) and message templates. A lead keeps it. */
@ApplicationScoped
public class KitLibraryService {

    static final int MAX_MEGABYTES = 5;
    static final int MAX_DOCUMENTS = 20;
    static final int MAX_TEMPLATES = 20;

    @Inject Caller caller;
    @Inject EntityManager em;

    @Transactional
    public KitViews.Library library() {
        return new KitViews.Library(documents(caller.organisationId()), templates(caller.organisationId()), KitText.PLACEHOLDERS);
    }

    /** Metadata only, oldest first: the order the lead added them is the order the student sees them. */
    List<KitViews.Document> documents(UUID organisationId) {
        return em.createQuery("""
                select new nl.stagemakelaar.kit.KitViews$Document(d.id, d.title, d.preparationItem, d.fileName, d.contentType,
                    d.sizeBytes, d.createdAt, d.createdBy)
                from KitDocument d where d.organisationId = :o order by d.createdAt, d.id""", KitViews.Document.class)
                .setParameter("o", organisationId).getResultList();
    }

    private List<KitViews.Template> templates(UUID organisationId) {
        return MessageTemplate.<MessageTemplate>list("organisationId = ?1 order by name", organisationId).stream()
                .map(KitLibraryService::view).toList();
    }

    @Transactional
    public KitViews.Document addDocument(String title, String preparationItem, FileUpload upload) {
        UUID org = caller.organisationId();
        String t = Params.text("title", title, 150);
        if (t == null) {
            throw ApiException.invalidField("title", "NotBlank", "give the document a title the student understands");
        }
        if (t.indexOf('\0') >= 0) {
            throw ApiException.invalidField("title", "Pattern", "title contains a NUL character");
        }
        PreparationItemType item = preparationItem == null || preparationItem.isBlank() ? null
                : Params.enumValue("preparationItem", preparationItem, PreparationItemType.class);
        if (item == PreparationItemType.CERTIFICATE_OF_CONDUCT) {
            throw ApiException.invalidField("preparationItem", "Enum", "the certificate of conduct is requested, not prepared with a document");
        }
        if (KitDocument.count("organisationId", org) >= MAX_DOCUMENTS) {
            throw ApiException.conflict("file", "LibraryFull", "the kit holds at most " + MAX_DOCUMENTS + " documents; remove one first");
        }
        FileCheck.Accepted file = FileCheck.accept(upload, MAX_MEGABYTES);
        KitDocument d = new KitDocument();
        d.id = UUID.randomUUID();
        d.organisationId = org;
        d.title = t.strip();
        d.preparationItem = item;
        d.fileName = file.fileName();
        d.contentType = file.contentType();
        d.sizeBytes = file.content().length;
        d.content = file.content();
        d.createdAt = OffsetDateTime.now();
        d.createdBy = caller.username();
        d.persist();
        return new KitViews.Document(d.id, d.title, d.preparationItem, d.fileName, d.contentType, d.sizeBytes, d.createdAt, d.createdBy);
    }

    /** Gone from the library and from the links already sent; the sends themselves stay on the timeline. */
    @Transactional
    public void deleteDocument(UUID id) {
        em.remove(document(id));
    }

    @Transactional
    public KitDocument download(UUID id) {
        KitDocument d = document(id);
        d.content.hashCode(); // load the lazy content inside the transaction
        return d;
    }

    @Transactional
    public KitViews.Template createTemplate(KitViews.TemplateInput in) {
        UUID org = caller.organisationId();
        if (MessageTemplate.count("organisationId", org) >= MAX_TEMPLATES) {
            throw ApiException.conflict("name", "LibraryFull", "at most " + MAX_TEMPLATES + " templates; remove one first");
        }
        MessageTemplate m = new MessageTemplate();
        m.id = UUID.randomUUID();
        m.organisationId = org;
        apply(m, in);
        m.persist();
        em.flush();
        return view(m);
    }

    @Transactional
    public KitViews.Template updateTemplate(UUID id, String ifMatch, KitViews.TemplateInput in) {
        MessageTemplate m = template(id);
        Etags.require(ifMatch, m.version);
        apply(m, in);
        em.flush();
        return view(m);
    }

    @Transactional
    public void deleteTemplate(UUID id) {
        em.remove(template(id));
    }

    private void apply(MessageTemplate m, KitViews.TemplateInput in) {
        var unknown = KitText.unknown(in.body());
        if (!unknown.isEmpty()) {
            throw ApiException.invalidField("body", "Placeholder", "unknown placeholder " + String.join(", ", unknown)
                    + "; use " + String.join(", ", KitText.PLACEHOLDERS));
        }
        String name = in.name().strip();
        if (MessageTemplate.count("organisationId = ?1 and lower(name) = lower(?2) and id <> ?3", m.organisationId, name, m.id) > 0) {
            throw ApiException.conflict("name", "Unique", "a template with this name exists");
        }
        m.name = name;
        m.body = in.body().strip();
        m.updatedAt = OffsetDateTime.now();
        m.updatedBy = caller.username();
    }

    KitDocument document(UUID id) {
        return KitDocument.<KitDocument>find("id = ?1 and organisationId = ?2", id, caller.organisationId()).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Kit document"));
    }

    MessageTemplate template(UUID id) {
        return MessageTemplate.<MessageTemplate>find("id = ?1 and organisationId = ?2", id, caller.organisationId())
                .firstResultOptional().orElseThrow(() -> ApiException.notFound("Message template"));
    }

    static KitViews.Template view(MessageTemplate m) {
        return new KitViews.Template(m.id, m.name, m.body, m.version, m.updatedAt, m.updatedBy);
    }
}
