package nl.stagemakelaar.kit;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import java.time.OffsetDateTime;
import nl.stagemakelaar.common.TenantEntity;
import nl.stagemakelaar.preparation.PreparationItemType;

/** A document of the organisation's standard kit (a PDF or DOCX), the same for every student. */
@Entity
public class KitDocument extends TenantEntity {

    public String title;

    /** The preparation item the document helps with; sending it marks that item as started. */
    @Enumerated(EnumType.STRING)
    public PreparationItemType preparationItem;

    public String fileName;

    public String contentType;

    public int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    public OffsetDateTime createdAt;

    public String createdBy;
}
