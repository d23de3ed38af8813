package nl.stagemakelaar.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.audit.AuditLog;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.student.Student;
import nl.stagemakelaar.student.StudentRepository;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@ApplicationScoped
public class AttachmentService {

    static final int MAX_MEGABYTES = 10;

    @Inject AttachmentRepository files;
    @Inject StudentRepository students;
    @Inject Caller caller;
    @Inject Timeline timeline;
    @Inject AuditLog audit;

    @Transactional
    public AttachmentView upload(UUID studentId, FileUpload upload) {
        Student s = student(studentId);
        FileCheck.Accepted file = FileCheck.accept(upload, MAX_MEGABYTES);
        Attachment a = new Attachment();
        a.id = UUID.randomUUID();
        a.organisationId = s.organisationId;
        a.studentId = s.id;
        a.fileName = file.fileName();
        a.contentType = file.contentType();
        a.sizeBytes = file.content().length;
        a.content = file.content();
        a.uploadedBy = caller.username();
        a.uploadedAt = OffsetDateTime.now();
        files.persist(a);
        timeline.record(s.organisationId, s.id, TimelineKind.ATTACHMENT_ADDED, a.uploadedAt, a.fileName, null, a.id);
        return view(a);
    }

    /** Metadata only: the content is not read for the list. */
    @Transactional
    public List<AttachmentView> list(UUID studentId) {
        Student s = student(studentId);
        return files.viewsOfStudent(s.id);
    }

    @Transactional
    public Attachment download(UUID id) {
        return open(files.findInOrganisation(caller.organisationId(), id)
                .orElseThrow(() -> ApiException.notFound("Attachment")));
    }

    /** The CV shared with an employer: the caller has checked that the employer may read it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Attachment openShared(UUID id) {
        return open(files.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("CV")));
    }

    /** A file the caller may read (checked by the caller of this method): logged, content loaded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Attachment open(Attachment a) {
        audit.read(a.organisationId, "attachment", a.id, a.studentId);
        a.content.hashCode(); // load the lazy content inside the transaction
        return a;
    }

    /** The HTTP answer for a download: as an attachment, never sniffed or cached. */
    public static Response response(Attachment a) {
        return FileCheck.download(a.content, a.contentType, a.fileName);
    }

    private static AttachmentView view(Attachment a) {
        return new AttachmentView(a.id, a.fileName, a.contentType, a.sizeBytes, a.uploadedBy, a.uploadedAt);
    }

    private Student student(UUID id) {
        return students.requireInOrganisation(caller.organisationId(), id);
    }
}
