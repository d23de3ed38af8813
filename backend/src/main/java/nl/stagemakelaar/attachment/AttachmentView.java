package nl.stagemakelaar.attachment;

import java.time.OffsetDateTime;
import java.util.UUID;

public record AttachmentView(UUID id, String fileName, String contentType, int sizeBytes, String uploadedBy,
        OffsetDateTime uploadedAt) {
}
