package nl.stagemakelaar.invitation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class InvitationViews {

    private InvitationViews() {
    }

    @Schema(name = "InvitationInput")
    public record Invite(@NotBlank @Email @Size(max = 100) String email, @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName) {
    }

    /** What the inviting broker sees; the link only where mail is captured (dev, tests, demo). */
    @Schema(name = "Invitation")
    public record View(UUID id, UUID employerId, String email, String firstName, String lastName,
            InvitationStatus status, OffsetDateTime expiresAt, boolean expired,
            @Schema(nullable = true) OffsetDateTime acceptedAt, @Schema(nullable = true) OffsetDateTime revokedAt,
            @Schema(nullable = true) String revokedBy, OffsetDateTime createdAt, String createdBy,
            @Schema(nullable = true, description = "The invitation link, only where e-mail is captured instead of sent")
            String link) {

        static View of(EmployerInvitation i, String link) {
            return new View(i.id, i.employer.id, i.email, i.firstName, i.lastName, i.status, i.expiresAt,
                    i.status == InvitationStatus.INVITED && i.expiresAt.isBefore(OffsetDateTime.now()), i.acceptedAt,
                    i.revokedAt, i.revokedBy, i.createdAt, i.createdBy, link);
        }
    }

    /** What the invited person sees on the set-password page: nothing beyond their own invitation. */
    @Schema(name = "InvitationPreview")
    public record Preview(String firstName, String email, String employerName, OffsetDateTime expiresAt) {
    }

    @Schema(name = "InvitationAccept")
    public record Accept(@NotNull @Size(min = 10, max = 128) String password) {
    }
}
