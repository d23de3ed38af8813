package nl.stagemakelaar.checkin;

/** How the internship goes, in the employer's words: a concern or a dropout risk is a signal for the broker. */
public enum CheckInSignal {
    OK,
    CONCERN,
    AT_RISK
}
