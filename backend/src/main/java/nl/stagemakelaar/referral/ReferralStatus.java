package nl.stagemakelaar.referral;

import java.util.Set;

/**
 * The referral's state machine, in one place. SUBMITTED and WAITLISTED are open (the broker has not
 * decided); ACCEPTED, DECLINED and WITHDRAWN are final.
 */
public enum ReferralStatus {
    SUBMITTED,
    WAITLISTED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN;

    public boolean isOpen() {
        return this == SUBMITTED || this == WAITLISTED;
    }

    /** Which statuses a referral in this status may move to. Waitlisting again moves the review date. */
    public Set<ReferralStatus> next() {
        return switch (this) {
            case SUBMITTED, WAITLISTED -> Set.of(WAITLISTED, ACCEPTED, DECLINED, WITHDRAWN);
            case ACCEPTED, DECLINED, WITHDRAWN -> Set.of();
        };
    }
}
