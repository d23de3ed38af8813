package nl.stagemakelaar.portal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.stagemakelaar.common.Versioned;
import nl.stagemakelaar.placement.Placement;
import nl.stagemakelaar.placement.PlacementStatus;
import nl.stagemakelaar.staff.StaffMember;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A candidate or intern as the employer sees them: only what the student agreed to share (first name,
 * programme and level; while the proposal or internship is current and consent stands also the broker's
 * profile, strengths, the support to mention, the CV if shared) and
 * the broker to call. Never the needs assessment, contacts, home situation or other employers.
 */
@Schema(name = "PortalPlacement")
public record PortalPlacementView(UUID id, PlacementStatus status, @Schema(nullable = true) UUID placeId,
        @Schema(nullable = true) String placeTitle, String firstName, @Schema(nullable = true) String programme,
        @Schema(nullable = true) Integer level, @Schema(nullable = true) String profile, @Schema(nullable = true) String strengths,
        @Schema(nullable = true) String supportToMention, boolean hasCv,
        @Schema(nullable = true) OffsetDateTime interviewAt, @Schema(nullable = true) LocalDate startDate,
        @Schema(nullable = true) LocalDate endDate, @Schema(nullable = true) Integer requiredHours, int hoursDone,
        @Schema(nullable = true) OffsetDateTime hoursConfirmedAt, @Schema(nullable = true) Integer evaluationRating,
        @Schema(nullable = true) String evaluation, @Schema(nullable = true) Broker broker, int version) implements Versioned {

    @Schema(name = "PortalBroker")
    public record Broker(String name, @Schema(nullable = true) String email) {
    }

    /** The profile and CV are shared for a live proposal or an agreed internship, while consent stands. */
    static boolean profileShared(Placement p) {
        return (PlacementStatus.LIVE_PROPOSALS.contains(p.status) || PlacementStatus.CURRENT.contains(p.status))
                && p.consentToShare && p.consentWithdrawnOn == null;
    }

    static PortalPlacementView of(Placement p, StaffMember broker) {
        var s = p.student;
        boolean shared = profileShared(p);
        return new PortalPlacementView(p.id, p.status, p.place == null ? null : p.place.id,
                p.place == null ? null : p.place.title, s.firstName, s.programme == null ? null : s.programme.name,
                s.programme == null ? null : s.programme.level, shared ? p.profile : null, shared ? p.strengths : null,
                shared ? p.supportToMention : null, shared && p.cvAttachmentId != null, p.interviewAt, p.startDate, p.endDate, p.requiredHours, p.hoursDone,
                p.hoursConfirmedAt, p.evaluationRating, p.evaluation,
                broker == null ? null : new Broker(broker.displayName, broker.email), p.version);
    }
}
