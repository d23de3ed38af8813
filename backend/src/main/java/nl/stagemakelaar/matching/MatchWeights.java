package nl.stagemakelaar.matching;

/**
 * The weights of the match score, in one place (documented in docs/matching.md). A place scores the sum
 * of the criteria it meets; a higher score ranks first, ties go to the earlier start date, then the id,
 * so the ranking is deterministic.
 */
public final class MatchWeights {

    /** The place is for the student's own programme (crebo). */
    public static final int PROGRAMME = 30;
    /** The place's sector is one the student prefers (from the intake). */
    public static final int SECTOR = 15;
    /** The student's level lies within the place's levels. */
    public static final int LEVEL = 20;
    /** The place is in the student's home town (the intake); travel time is not computed yet. */
    public static final int REGION = 15;
    /** The place starts on or before the student's deadline; an open start date counts half. */
    public static final int START = 10;
    /** The student has needs and the employer welcomes students who need extra support; minus when it does not. */
    public static final int SUPPORT = 10;
    /** Per internship completed at this employer through the organisation, at most three counted. */
    public static final int COMPLETED_EACH = 4;
    /** Per internship ended early at this employer, at most two counted, subtracted. */
    public static final int ENDED_EARLY_EACH = 6;
    /** The relation has an owner broker who keeps it warm. */
    public static final int WARM_RELATION = 5;

    private MatchWeights() {
    }
}
