package nl.stagemakelaar.invitation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InvitationAccept")
public record InvitationAccept(@jakarta.validation.constraints.NotBlank @Size(max = 100) String token,
        @NotNull @Size(min = 10, max = 128) String password) {
}
