package nl.stagemakelaar.outreach;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record OutreachView(UUID id, UUID employerId, String employerName, OutreachChannel channel,
        LocalDate approachedOn, OutreachResult result, @Schema(nullable = true) String declineReason, String broker) {

    public static OutreachView of(Outreach o) {
        return new OutreachView(o.id, o.employer.id, o.employer.name, o.channel, o.approachedOn, o.result,
                o.declineReason, o.broker);
    }
}
