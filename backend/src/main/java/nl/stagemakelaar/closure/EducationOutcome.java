package nl.stagemakelaar.closure;

/** What became of the student's education, where the broker knows. */
public enum EducationOutcome {
    DIPLOMA,
    STILL_STUDYING,
    STOPPED,
    SWITCHED_PROGRAMME,
    UNKNOWN
}
