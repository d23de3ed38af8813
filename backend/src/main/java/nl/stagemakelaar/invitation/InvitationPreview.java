package nl.stagemakelaar.invitation;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the invited person sees on the set-password page: nothing beyond their own invitation. */
@Schema(name = "InvitationPreview")
public record InvitationPreview(String firstName, String email, String employerName, OffsetDateTime expiresAt) {
}
