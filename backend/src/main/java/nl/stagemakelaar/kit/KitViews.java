package nl.stagemakelaar.kit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.common.Versioned;
import nl.stagemakelaar.preparation.PreparationItemType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the standard kit's endpoints take and give. */
public final class KitViews {

    private KitViews() {
    }

    @Schema(name = "KitDocument")
    public record Document(UUID id, String title, @Schema(nullable = true) PreparationItemType preparationItem,
            String fileName, String contentType, int sizeBytes, OffsetDateTime createdAt, String createdBy) {
    }

    @Schema(name = "MessageTemplate")
    public record Template(UUID id, String name, String body, int version, OffsetDateTime updatedAt, String updatedBy)
            implements Versioned.Addressable {
    }

    @Schema(name = "KitLibrary")
    public record Library(List<Document> documents, List<Template> templates,
            @Schema(description = "The placeholders a template may use, e.g. {voornaam}") List<String> placeholders) {
    }

    @Schema(name = "MessageTemplateInput")
    public record TemplateInput(@NotBlank @Size(max = 100) String name,
            @Schema(description = "The text; placeholders in braces, see the library's list") @NotBlank @Size(max = 2000) String body) {
    }

    @Schema(name = "KitSendInput")
    public record SendInput(@NotNull KitChannel channel,
            @Schema(description = "The organisation's message template; left out: the standard text") UUID templateId,
            @Schema(description = "Which documents; left out: the whole library") @Size(max = 20) List<@NotNull UUID> documentIds) {
    }

    @Schema(name = "KitSend")
    public record Send(UUID id, KitChannel channel, @Schema(nullable = true) String templateName, List<String> documents,
            OffsetDateTime sentAt, String sentBy, OffsetDateTime expiresAt, @Schema(nullable = true) OffsetDateTime openedAt) {
    }

    @Schema(name = "KitSent")
    public record Sent(Send send, @Schema(description = "The text as the student reads it, with the personal link") String message,
            String link, @Schema(nullable = true, description = "Set when the kit went out by e-mail") String emailedTo,
            @Schema(description = "Preparation items marked as started by this send") List<PreparationItemType> started) {
    }

    @Schema(name = "KitLinkView")
    public record LinkView(String firstName, String organisationName, OffsetDateTime expiresAt, List<LinkDocument> documents) {
    }

    @Schema(name = "KitLinkDocument")
    public record LinkDocument(UUID id, String title, String fileName, String contentType, int sizeBytes) {
    }
}
