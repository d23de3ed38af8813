package nl.stagemakelaar.employer;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A row of the employer list with the relation's health: the last contact with the employer (a contact
 * or outreach), whether the wanted visit is overdue, and whether the employer joined the network this month.
 */
public record EmployerSummary(UUID id, String name, @Schema(nullable = true) String kvkNumber,
        @Schema(nullable = true) String city, @Schema(nullable = true) String phone, SbbStatus sbbStatus,
        SupportOpenness supportOpenness, @Schema(nullable = true) String ownerBroker,
        @Schema(nullable = true) Integer visitEveryDays, @Schema(nullable = true) OffsetDateTime lastContactAt,
        boolean visitOverdue, boolean newThisMonth,
        @Schema(description = "The SBB recognition was checked more than a year ago (or never): check it again") boolean sbbCheckDue) {

    public static EmployerSummary of(Employer e) {
        OffsetDateTime lastContact = e.lastContactAt;
        OffsetDateTime now = OffsetDateTime.now();
        boolean overdue = e.visitEveryDays != null
                && (lastContact == null || lastContact.isBefore(now.minusDays(e.visitEveryDays)));
        boolean fresh = e.createdAt != null && !e.createdAt.isBefore(now.withDayOfMonth(1).toLocalDate()
                .atStartOfDay().atOffset(now.getOffset()));
        return new EmployerSummary(e.id, e.name, e.kvkNumber, e.city, e.phone, e.sbbStatus, e.supportOpenness,
                e.ownerBroker, e.visitEveryDays, lastContact, overdue, fresh, e.sbbCheckDue());
    }
}
