package nl.stagemakelaar.student;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import nl.stagemakelaar.organisation.GuidanceIntensity;

/**
 * What a broker enters for a student. The organisation is never part of it: it comes from the token.
 * guidanceIntensity may be left out; the organisation's default applies on create.
 */
public record StudentInput(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotNull @Past LocalDate dateOfBirth,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "^\\+?[0-9 ()-]{6,20}$") String phone,
        @NotNull UUID schoolId,
        UUID programmeId,
        GuidanceIntensity guidanceIntensity) {
}
