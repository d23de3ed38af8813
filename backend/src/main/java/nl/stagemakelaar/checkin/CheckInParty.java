package nl.stagemakelaar.checkin;

/** With whom a check-in was: the employer (also its own portal reports), the student, a parent or guardian, the school. */
public enum CheckInParty {
    EMPLOYER,
    STUDENT,
    PARENT,
    SCHOOL
}
