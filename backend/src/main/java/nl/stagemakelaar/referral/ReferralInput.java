package nl.stagemakelaar.referral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A referral as a mentor, an integration or a broker submits it. The caller's scope comes from the
 * token: a mentor's school, a broker's or integration's organisation. {@code organisationId} is the
 * broker organisation a mentor refers to (one of those serving the school); {@code schoolId} is needed
 * when a broker or integration registers. {@code channel} is how the student first reached the broker.
 */
public record ReferralInput(
        UUID organisationId,
        UUID schoolId,
        UUID programmeId,
        @NotNull @Valid StudentDetails student,
        @NotNull @Valid Referrer referrer,
        Channel channel,
        @NotNull ReferralReason reason,
        @Size(max = 500) String reasonOther,
        @NotNull SearchDuration searchDuration,
        @Min(0) @Max(1000) Integer applicationsSent,
        @Min(0) @Max(1000) Integer companiesContacted,
        @Size(max = 2000) String schoolActions,
        LocalDate internshipMustStartBy,
        @Min(0) @Max(2000) Integer hoursBehind,
        @Size(max = 50) List<@Valid Answer> eligibilityAnswers,
        @NotNull @Valid Consent consent) {

    public record StudentDetails(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotNull @nl.stagemakelaar.common.BirthDate LocalDate dateOfBirth,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "^\\+?[0-9 ()-]{6,20}$") String phone) {
    }

    public record Referrer(
            @NotNull ReferrerKind kind,
            @Size(max = 150) String name,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "^\\+?[0-9 ()-]{6,20}$") String phone) {
    }

    public record Answer(@NotNull UUID questionId, @NotNull Boolean answer) {
    }

    /** The student agreed to the referral and to sharing these details; under 16 a parent or guardian too. */
    public record Consent(
            @NotNull @AssertTrue(message = "the student must consent to the referral") Boolean student,
            Boolean guardian,
            @NotNull @PastOrPresent LocalDate date) {
    }
}
