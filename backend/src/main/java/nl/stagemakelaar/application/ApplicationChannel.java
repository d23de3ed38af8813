package nl.stagemakelaar.application;

/** How a vacancy reached the student: an e-mail from the system, a message to copy (WhatsApp, text), or in person. */
public enum ApplicationChannel {
    EMAIL,
    MESSAGE,
    IN_PERSON
}
