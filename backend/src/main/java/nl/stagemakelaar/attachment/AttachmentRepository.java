package nl.stagemakelaar.attachment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The one door to a student's files; lists never read the content. */
@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<Attachment, UUID> {

    public List<AttachmentView> viewsOfStudent(UUID studentId) {
        return getEntityManager().createQuery("select new nl.stagemakelaar.attachment.AttachmentView("
                        + "a.id, a.fileName, a.contentType, a.sizeBytes, a.uploadedBy, a.uploadedAt) from Attachment a "
                        + "where a.studentId = :s order by a.uploadedAt desc", AttachmentView.class)
                .setParameter("s", studentId).getResultList();
    }

    public Optional<Attachment> findInOrganisation(UUID organisationId, UUID id) {
        return find("id = ?1 and organisationId = ?2", id, organisationId).firstResultOptional();
    }

    public boolean isFileOf(UUID id, UUID studentId) {
        return count("id = ?1 and studentId = ?2", id, studentId) > 0;
    }
}
