package nl.stagemakelaar.student;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which phase changes a broker may make by hand. PLACED and IN_INTERNSHIP follow from a placement
 * (accepted, started) and are never set by hand; a closed case reopens at intake.
 */
public final class PhaseRules {

    private PhaseRules() {
    }

    public static Set<Phase> manualNext(Phase from) {
        return switch (from) {
            case INTAKE -> EnumSet.of(Phase.PREPARATION, Phase.MATCHING, Phase.CLOSED);
            case PREPARATION -> EnumSet.of(Phase.INTAKE, Phase.MATCHING, Phase.CLOSED);
            case MATCHING -> EnumSet.of(Phase.PREPARATION, Phase.CLOSED);
            case PLACED, IN_INTERNSHIP -> EnumSet.of(Phase.CLOSED);
            case CLOSED -> EnumSet.of(Phase.INTAKE);
        };
    }

    /** Closing and reopening need a reason, so the file says why. */
    public static boolean needsReason(Phase from, Phase to) {
        return to == Phase.CLOSED || from == Phase.CLOSED;
    }
}
