package nl.stagemakelaar.guardian;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Name, relation, how to reach them, and whether the broker may: the student or the parent decides that. */
public record GuardianInput(
        @NotBlank @Size(max = 200) String name,
        @NotNull GuardianRelation relation,
        @Pattern(regexp = "^\\+?[0-9 ()-]{6,20}$") String phone,
        @Email @Size(max = 254) String email,
        @NotNull @Schema(description = "Whether the broker may contact this person") Boolean mayContact,
        @Size(max = 500) String note) {
}
