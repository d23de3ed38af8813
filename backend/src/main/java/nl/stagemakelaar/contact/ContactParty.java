package nl.stagemakelaar.contact;

/** With whom the broker had contact about the student. */
public enum ContactParty {
    STUDENT,
    PARENT,
    EMPLOYER,
    SCHOOL,
    YOUTH_WORKER,
    OTHER
}
