package nl.stagemakelaar.referral;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.stagemakelaar.organisation.GuidanceIntensity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the broker's decisions. */
public final class TriageInputs {

    private TriageInputs() {
    }

    /**
     * @param assignedBroker username of the broker who takes the case; the accepting broker when empty
     * @param guidanceIntensity the organisation's default when empty
     */
    @Schema(name = "ReferralAccept")
    public record Accept(@Size(max = 100) String assignedBroker, GuidanceIntensity guidanceIntensity) {
    }

    @Schema(name = "ReferralWaitlist")
    public record Waitlist(@NotBlank @Size(max = 1000) String reason, @NotNull @FutureOrPresent java.time.LocalDate reviewOn) {
    }

    /** The reason is shown to the referrer, e.g. "first show your own effort". */
    @Schema(name = "ReferralDecline")
    public record Decline(@NotBlank @Size(max = 1000) String reason) {
    }

    /** The coordinator's answer about what the student already tried; empty removes it. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "SchoolAnswerInput")
    public record SchoolAnswer(@Size(max = 2000) String answer) {
    }
}
