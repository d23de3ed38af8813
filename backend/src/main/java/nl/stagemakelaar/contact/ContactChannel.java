package nl.stagemakelaar.contact;

public enum ContactChannel {
    PHONE,
    VIDEO,
    IN_PERSON,
    WHATSAPP,
    EMAIL,
    HOME_VISIT,
    OTHER
}
