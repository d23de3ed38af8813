package nl.stagemakelaar.placement;

public enum EndReason {
    STUDENT_DROPPED_OUT,
    EMPLOYER_ENDED,
    OTHER
}
