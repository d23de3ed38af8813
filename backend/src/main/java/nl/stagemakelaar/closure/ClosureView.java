package nl.stagemakelaar.closure;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.handoff.HandOffView;
import nl.stagemakelaar.student.Phase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A closing of the case as the broker sees it. */
@Schema(name = "CaseClosure")
public record ClosureView(UUID id, OffsetDateTime closedAt, String closedBy, PlacementOutcome placementOutcome,
        EducationOutcome educationOutcome, @Schema(nullable = true) HandOffView handOff, String reason,
        @Schema(nullable = true) OffsetDateTime reopenedAt, @Schema(nullable = true) String reopenedBy,
        @Schema(nullable = true) String reopenReason) {

    /** What is still open on the case: closing ends it (a running internship refuses the closing). */
    public record OpenItem(OpenItemKind kind, @Schema(nullable = true) UUID refId, String detail,
            @Schema(nullable = true) java.time.LocalDate date, boolean blocks) {
    }

    public enum OpenItemKind {
        RUNNING_INTERNSHIP,
        AGREED_INTERNSHIP,
        LIVE_PROPOSAL,
        FOLLOW_UP,
        OPEN_AGREEMENT
    }

    /** Before closing: what is open, what the placements suggest; after: the closing; always: the earlier ones. */
    @Schema(name = "CaseClosureOverview")
    public record Overview(Phase phase, List<OpenItem> openItems, boolean canClose,
            PlacementOutcome suggestedPlacementOutcome, @Schema(nullable = true) ClosureView current,
            @Schema(description = "Earlier closings, reopened since, newest first") List<ClosureView> history) {
    }

    /** What the referring mentor reads: that the case closed, when and how; never the reason or notes. */
    @Schema(name = "CaseClosureSummary")
    public record Summary(OffsetDateTime closedAt, PlacementOutcome placementOutcome, EducationOutcome educationOutcome,
            @Schema(nullable = true) nl.stagemakelaar.handoff.HandOffKind handedOffTo) {
    }
}
