package nl.stagemakelaar.placement;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class PlacementInputs {

    private PlacementInputs() {
    }

    /** Propose a student to a place, or to an employer without a listed place. */
    @Schema(name = "PlacementPropose")
    public record Propose(
            @NotNull UUID studentId,
            UUID placeId,
            UUID employerId,
            PlacementType type,
            @NotBlank @Size(max = 2000) String profile,
            @Size(max = 1000) String strengths,
            @Size(max = 1000) String supportToMention,
            UUID cvAttachmentId,
            @NotNull @AssertTrue(message = "the student must consent to sharing the profile") Boolean consentToShare,
            @NotNull @PastOrPresent LocalDate consentDate,
            @Min(0) @Max(2000) Integer requiredHours,
            @Schema(description = "When the internship is planned to end, if known") LocalDate endDate,
            @Schema(description = "A parent or guardian consented too; required when the student was under 16 on consentDate")
            Boolean guardianConsent) {
    }

    /**
     * The student found an internship themselves: recorded as agreed, without a proposal, so nothing about the
     * student is shared. The employer is one of the network, or a new one by name.
     */
    @Schema(name = "PlacementFound")
    public record Found(
            @NotNull UUID studentId,
            UUID employerId,
            @Size(max = 200) String newEmployerName,
            @NotNull LocalDate startDate,
            LocalDate endDate,
            @Min(0) @Max(2000) Integer requiredHours) {
    }

    /** The broker withdraws a proposal; the reason is for the file, the employer only sees that it ended. */
    @Schema(name = "PlacementWithdraw")
    public record Withdraw(@Size(max = 1000) String reason) {
    }

    @Schema(name = "PlacementInterview")
    public record Interview(@NotNull OffsetDateTime at) {
    }

    @Schema(name = "PlacementAccept")
    public record Accept(LocalDate startDate) {
    }

    @Schema(name = "PlacementDecline")
    public record Decline(@NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "PlacementStart")
    public record Start(@NotNull LocalDate startDate) {
    }

    @Schema(name = "PlacementComplete")
    public record Complete(LocalDate endDate, @Min(0) @Max(5000) Integer hoursDone) {
    }

    @Schema(name = "PlacementEndEarly")
    public record EndEarly(@NotNull EndReason reason, @NotNull @Schema(description = "Who said the internship ended") EndedBy endedBy,
            @Size(max = 1000) String note, LocalDate endDate) {
    }
}
