package nl.stagemakelaar.placement;

/** Who said the internship ended early. */
public enum EndedBy {
    STUDENT,
    EMPLOYER,
    SCHOOL,
    PARENT,
    BROKER
}
