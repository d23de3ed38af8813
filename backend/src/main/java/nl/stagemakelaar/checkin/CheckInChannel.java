package nl.stagemakelaar.checkin;

/** How a check-in happened; PORTAL is the employer's own report and is never sent by a broker. */
public enum CheckInChannel {
    PORTAL,
    VISIT,
    PHONE,
    VIDEO,
    WHATSAPP,
    EMAIL,
    OTHER
}
