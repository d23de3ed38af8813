package nl.stagemakelaar.invitation;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the inviting broker sees; the link only where mail is captured (dev, tests, demo). */
@Schema(name = "Invitation")
public record InvitationView(UUID id, UUID employerId, String email, String firstName, String lastName,
        InvitationStatus status, OffsetDateTime expiresAt, boolean expired,
        @Schema(nullable = true) OffsetDateTime acceptedAt, @Schema(nullable = true) OffsetDateTime revokedAt,
        @Schema(nullable = true) String revokedBy, OffsetDateTime createdAt, String createdBy,
        @Schema(nullable = true, description = "The invitation link, only where e-mail is captured instead of sent")
        String link) {

    static InvitationView of(EmployerInvitation i, String link) {
        return new InvitationView(i.id, i.employer.id, i.email, i.firstName, i.lastName, i.status, i.expiresAt,
                i.status == InvitationStatus.INVITED && i.expiresAt.isBefore(OffsetDateTime.now()), i.acceptedAt,
                i.revokedAt, i.revokedBy, i.createdAt, i.createdBy, link);
    }
}
