package nl.stagemakelaar.outreach;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class OutreachDtos {

    private OutreachDtos() {
    }

    /** An employer of the network, or a new one typed quickly by name (it joins the network). */
    public record OutreachInput(UUID employerId, @Size(max = 200) String newEmployerName, @NotNull OutreachChannel channel,
            @PastOrPresent LocalDate approachedOn, @NotNull OutreachResult result, @Size(max = 500) String declineReason) {
    }

    public record OutreachView(UUID id, UUID employerId, String employerName, OutreachChannel channel,
            LocalDate approachedOn, OutreachResult result, @Schema(nullable = true) String declineReason, String broker) {

        public static OutreachView of(Outreach o) {
            return new OutreachView(o.id, o.employer.id, o.employer.name, o.channel, o.approachedOn, o.result,
                    o.declineReason, o.broker);
        }
    }

    /** The student's outreach with how many employers were approached and the results counted. */
    public record OutreachSummary(long employersApproached, Map<OutreachResult, Long> byResult, List<OutreachView> items) {
    }

    /** Another broker of the organisation approached this employer recently: who, for whom, when. */
    @Schema(name = "RecentOutreach")
    public record Recent(String broker, UUID studentId, String studentName, LocalDate approachedOn, OutreachResult result) {
    }
}
