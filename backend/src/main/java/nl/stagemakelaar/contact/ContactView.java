package nl.stagemakelaar.contact;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A contact as the caller may see it: the summary of a confidential contact is null for anyone but its
 * author and the organisation's leads ({@code summaryHidden} says so).
 */
public record ContactView(UUID id, @Schema(nullable = true) UUID studentId, OffsetDateTime occurredAt, ContactChannel channel,
        ContactParty party, int minutes, @Schema(nullable = true) String summary, boolean confidential,
        boolean summaryHidden, @Schema(nullable = true) LocalDate followUpOn, boolean followUpDone, String author,
        @Schema(nullable = true) UUID employerId, ContactOutcome outcome) {

    public static ContactView of(Contact c, boolean mayReadConfidential) {
        boolean hidden = c.confidential && !mayReadConfidential;
        return new ContactView(c.id, c.studentId, c.occurredAt, c.channel, c.party, c.minutes,
                hidden ? null : c.summary, c.confidential, hidden, c.followUpOn, c.followUpDone, c.author, c.employerId, c.outcome);
    }
}
