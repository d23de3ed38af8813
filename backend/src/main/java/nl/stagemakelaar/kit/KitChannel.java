package nl.stagemakelaar.kit;

/** How the kit reaches the student: an e-mail from the system with the documents, or a message the broker copies. */
public enum KitChannel {
    EMAIL,
    MESSAGE
}
