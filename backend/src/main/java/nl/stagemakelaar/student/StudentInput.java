package nl.stagemakelaar.student;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import nl.stagemakelaar.consent.ConsentInput;
import nl.stagemakelaar.organisation.GuidanceIntensity;

/**
 * What a broker enters for a student. The organisation is never part of it: it comes from the token.
 * guidanceIntensity may be left out; the organisation's default applies on create. After that it changes
 * only through the guidance-intensity action, which records a reason. consent is required on create (the
 * student agreed to be taken on, under 16 with a guardian) and not read on update.
 */
public record StudentInput(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotNull @nl.stagemakelaar.common.BirthDate LocalDate dateOfBirth,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "^\\+?[0-9 ()-]{6,20}$") String phone,
        @NotNull UUID schoolId,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The student's number at the school; unique per school. Left out: unchanged; empty: removed")
        @Size(max = 50) String schoolNumber,
        UUID programmeId,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The programme's mbo level when left out")
        EducationLevel educationLevel,
        GuidanceIntensity guidanceIntensity,
        @Valid ConsentInput consent) {
}
