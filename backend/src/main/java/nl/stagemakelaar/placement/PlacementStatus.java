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
