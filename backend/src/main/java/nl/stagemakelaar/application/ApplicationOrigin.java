package nl.stagemakelaar.application;

/** Who started it: the broker sent the student a vacancy, or the student applied on their own. */
public enum ApplicationOrigin {
    SENT_BY_BROKER,
    STUDENT
}
