package nl.stagemakelaar.placement;

/** Why an internship ended early; STUDENT_DROPPED_OUT is "the student stopped". */
public enum EndReason {
    STUDENT_DROPPED_OUT,
    EMPLOYER_ENDED,
    CONFLICT,
    HEALTH,
    MOVED,
    OTHER
}
