package nl.stagemakelaar.checkin;

/** Whether an agreement helped; OPEN until the broker looks back on it. */
public enum InterventionOutcome {
    OPEN,
    HELPED,
    PARTLY,
    NOT_HELPED
}
