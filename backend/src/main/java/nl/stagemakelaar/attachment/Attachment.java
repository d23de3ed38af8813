package nl.stagemakelaar.attachment;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.stagemakelaar.common.TenantEntity;

/** A CV or letter of a student, stored in the database with the case it belongs to. */
@Entity
public class Attachment extends TenantEntity {

    public UUID studentId;

    public String fileName;

    public String contentType;

    public int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    public String uploadedBy;

    public OffsetDateTime uploadedAt;
}
