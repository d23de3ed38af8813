package nl.stagemakelaar.signup;

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
import nl.stagemakelaar.referral.ReferralInput;
import nl.stagemakelaar.referral.SearchDuration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class SignUpInputs {

    private SignUpInputs() {
    }

    /** The public page: the organisation's questions and the schools it serves, with a fresh challenge. */
    @Schema(name = "SignUpForm")
    public record Form(String organisationName, List<Question> questions, List<Option> schools,
            @Schema(nullable = true, description = "What the page says to a student who does not qualify") String notEligibleText,
            ProofOfWork.Challenge challenge) {
    }

    /** The organisation's checklist is its published flowchart: the page says at once whether the student qualifies. */
    @Schema(name = "SignUpQuestion")
    public record Question(UUID id, String text, boolean qualifyingAnswer) {
    }

    @Schema(name = "SignUpSchool")
    public record Option(UUID id, String name) {
    }

    /** What the student fills in; the challenge solved by the page; {@code website} stays empty (people never see it). */
    @Schema(name = "SignUpInput")
    public record SignUp(
            @NotNull @Size(max = 50) List<ReferralInput.@NotNull @Valid Answer> answers,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotNull @nl.stagemakelaar.common.BirthDate LocalDate dateOfBirth,
            @NotBlank @Email @Size(max = 254) String email,
            @Pattern(regexp = "^\\+?[0-9 ()-]{6,20}$") String phone,
            @NotNull UUID schoolId,
            @NotNull SearchDuration searchDuration,
            @Min(0) @Max(1000) Integer applicationsSent,
            @Schema(description = "What the student already tried, in their own words") @Size(max = 1000) String tried,
            @NotNull @AssertTrue(message = "the student must agree") Boolean consent,
            @Schema(description = "Under 16: a parent or guardian agrees too") Boolean guardianConsent,
            @NotNull @Valid ProofOfWork.Challenge challenge,
            @NotBlank @Size(max = 40) String nonce,
            @Schema(description = "Leave empty") @Size(max = 200) String website) {
    }

    /**
     * Eligible: a link went to the e-mail address (shown only where mail is captured, as in development). Not
     * eligible: nothing was sent or stored, and the organisation's text says where else to go.
     */
    @Schema(name = "SignUpResult")
    public record Result(boolean eligible, @Schema(nullable = true) String notEligibleText,
            @Schema(nullable = true) String emailedTo, @Schema(nullable = true) String confirmLink) {
    }

    @Schema(name = "SignUpConfirmInput")
    public record Confirm(@NotBlank @Size(max = 8000) String token) {
    }

    @Schema(name = "SignUpConfirmed")
    public record Confirmed(String organisationName, String firstName,
            @Schema(description = "The link was used before: the sign-up was already in") boolean alreadyConfirmed) {
    }

    /** What the link carries, sealed: the checked sign-up and until when it may be confirmed. */
    record Sealed(UUID organisationId, long expiresAt, List<ReferralInput.Answer> answers, String firstName, String lastName,
            LocalDate dateOfBirth, String email, String phone, UUID schoolId, SearchDuration searchDuration,
            Integer applicationsSent, String tried, boolean guardianConsent, LocalDate consentDate) {
    }
}
