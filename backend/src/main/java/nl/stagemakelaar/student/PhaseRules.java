package nl.stagemakelaar.student;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which phase changes a broker may make by hand. PLACED, IN_INTERNSHIP and INTERNSHIP_ENDED follow from a
 * placement (accepted, started, ended) and are never set by hand. Closing and reopening are their own actions
 * (the closure feature), because they record outcomes and a reason.
 */
public final class PhaseRules {

    private PhaseRules() {
    }

    public static Set<Phase> manualNext(Phase from) {
        return switch (from) {
            case INTAKE -> EnumSet.of(Phase.PREPARATION, Phase.MATCHING);
            case PREPARATION -> EnumSet.of(Phase.INTAKE, Phase.MATCHING);
            case MATCHING -> EnumSet.of(Phase.PREPARATION);
            // The next step after an internship: another one, or more preparation first (or closing).
            case INTERNSHIP_ENDED -> EnumSet.of(Phase.PREPARATION, Phase.MATCHING);
            case PLACED, IN_INTERNSHIP, CLOSED -> EnumSet.noneOf(Phase.class);
        };
    }

    /** Where a reopened case may start again. */
    public static final Set<Phase> REOPEN_AT = EnumSet.of(Phase.INTAKE, Phase.PREPARATION, Phase.MATCHING);
}
