package nl.stagemakelaar.placement;

import java.util.EnumSet;
import java.util.Set;

/** The placement's state machine, in one place. */
public enum PlacementStatus {
    PROPOSED,
    INTERVIEW,
    ACCEPTED,
    DECLINED,
    WITHDRAWN,
    ACTIVE,
    COMPLETED,
    ENDED_EARLY;

    /** A proposal the employer can still act on. */
    public static final Set<PlacementStatus> LIVE_PROPOSALS = EnumSet.of(PROPOSED, INTERVIEW);
    /** Agreed or running: a student has at most one (also a unique index). */
    public static final Set<PlacementStatus> CURRENT = EnumSet.of(ACCEPTED, ACTIVE);
    /** Proposed, in interview or accepted: ends when the case closes. */
    public static final Set<PlacementStatus> NOT_STARTED = EnumSet.of(PROPOSED, INTERVIEW, ACCEPTED);
    /** The internship ran; the employer keeps what it needs for hours and evaluation for a while. */
    public static final Set<PlacementStatus> ENDED = EnumSet.of(COMPLETED, ENDED_EARLY);

    public Set<PlacementStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(INTERVIEW, ACCEPTED, DECLINED, WITHDRAWN);
            case INTERVIEW -> EnumSet.of(INTERVIEW, ACCEPTED, DECLINED, WITHDRAWN);
            case ACCEPTED -> EnumSet.of(ACTIVE, WITHDRAWN);
            case ACTIVE -> EnumSet.of(COMPLETED, ENDED_EARLY);
            case DECLINED, WITHDRAWN, COMPLETED, ENDED_EARLY -> EnumSet.noneOf(PlacementStatus.class);
        };
    }
}
