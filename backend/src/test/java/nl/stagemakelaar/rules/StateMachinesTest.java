package nl.stagemakelaar.rules;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stagemakelaar.placement.PlacementStatus;
import nl.stagemakelaar.referral.ReferralStatus;
import nl.stagemakelaar.student.Phase;
import nl.stagemakelaar.student.PhaseRules;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rules as tables, in plain JUnit: milliseconds, no server. A changed rule changes a row here. */
class StateMachinesTest {

    static <E extends Enum<E>> Set<String> names(Set<E> s) {
        return s.stream().map(Enum::name).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    static Set<String> of(String list) {
        return list.isBlank() ? Set.of() : Arrays.stream(list.split(" ")).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void placementSteps() {
        String[][] table = {
            {"PROPOSED", "ACCEPTED DECLINED INTERVIEW WITHDRAWN"},
            {"INTERVIEW", "ACCEPTED DECLINED INTERVIEW WITHDRAWN"},
            {"ACCEPTED", "ACTIVE WITHDRAWN"},
            {"ACTIVE", "COMPLETED ENDED_EARLY"},
            {"DECLINED", ""},
            {"WITHDRAWN", ""},
            {"COMPLETED", ""},
            {"ENDED_EARLY", ""},
        };
        assertEquals(PlacementStatus.values().length, table.length, "every status has a row");
        for (String[] row : table) {
            assertEquals(of(row[1]), names(PlacementStatus.valueOf(row[0]).next()), row[0]);
        }
    }

    @Test
    void namedPlacementGroups() {
        assertEquals(of("INTERVIEW PROPOSED"), names(PlacementStatus.LIVE_PROPOSALS));
        assertEquals(of("ACCEPTED ACTIVE"), names(PlacementStatus.CURRENT));
        assertEquals(of("ACCEPTED INTERVIEW PROPOSED"), names(PlacementStatus.NOT_STARTED));
        assertEquals(of("COMPLETED ENDED_EARLY"), names(PlacementStatus.ENDED));
        // A live proposal can always be withdrawn, so closing a case or withdrawing consent can end it.
        for (PlacementStatus s : PlacementStatus.NOT_STARTED) {
            assertEquals(true, s.next().contains(PlacementStatus.WITHDRAWN), s.name());
        }
    }

    @Test
    void referralDecisions() {
        String[][] table = {
            {"SUBMITTED", "ACCEPTED DECLINED WAITLISTED WITHDRAWN"},
            {"WAITLISTED", "ACCEPTED DECLINED WAITLISTED WITHDRAWN"},
            {"ACCEPTED", ""},
            {"DECLINED", ""},
            {"WITHDRAWN", ""},
        };
        assertEquals(ReferralStatus.values().length, table.length);
        for (String[] row : table) {
            ReferralStatus s = ReferralStatus.valueOf(row[0]);
            assertEquals(of(row[1]), names(s.next()), row[0]);
            assertEquals(!row[1].isEmpty(), s.isOpen(), row[0] + " open");
        }
    }

    @Test
    void phasesByHand() {
        String[][] table = {
            {"INTAKE", "MATCHING PREPARATION"},
            {"PREPARATION", "INTAKE MATCHING"},
            {"MATCHING", "PREPARATION"},
            {"PLACED", ""},
            {"IN_INTERNSHIP", ""},
            {"INTERNSHIP_ENDED", "MATCHING PREPARATION"},
            {"CLOSED", ""},
        };
        assertEquals(Phase.values().length, table.length);
        for (String[] row : table) {
            Phase from = Phase.valueOf(row[0]);
            assertEquals(of(row[1]), names(PhaseRules.manualNext(from)), row[0]);
            // Placements set these; closing and reopening are their own actions. No phase change by hand does.
            for (Phase never : EnumSet.of(Phase.PLACED, Phase.IN_INTERNSHIP, Phase.INTERNSHIP_ENDED, Phase.CLOSED)) {
                assertEquals(false, PhaseRules.manualNext(from).contains(never), from + "→" + never);
            }
        }
    }
}
