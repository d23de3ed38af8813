package nl.stagemakelaar.contact;

/** Whether the contact happened: a call nobody answered, or an appointment the student missed, counts as an attempt. */
public enum ContactOutcome {
    REACHED,
    NOT_REACHED,
    NO_SHOW
}
