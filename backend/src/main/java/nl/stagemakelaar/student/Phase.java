package nl.stagemakelaar.student;

/** Where a student is in the trajectory (domain.md, "The trajectory of one student"). */
public enum Phase {
    INTAKE,
    PREPARATION,
    MATCHING,
    PLACED,
    IN_INTERNSHIP,
    /** The internship ended (completed or early): the broker chooses the next step. */
    INTERNSHIP_ENDED,
    CLOSED
}
