package nl.stagemakelaar.preparation;

/** The standard preparation kit (klaarstomen), in the order a broker works through it. */
public enum PreparationItemType {
    INTAKE_FORM,
    CV,
    MOTIVATION_LETTER,
    INTERVIEW_PREPARATION,
    ATTITUDE_BRIEFING,
    LINKEDIN_PROFILE,
    /** Only when a place the student is proposed to or placed at asks for it: IN_PROGRESS = requested, DONE = received. */
    CERTIFICATE_OF_CONDUCT
}
