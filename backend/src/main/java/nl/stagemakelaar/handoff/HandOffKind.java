package nl.stagemakelaar.handoff;

/** To whom a desk hands a student over when it cannot help further (domain.md: youth work, district team, leerplicht). */
public enum HandOffKind {
    YOUTH_WORKER,
    DISTRICT_TEAM,
    COMPULSORY_EDUCATION_OFFICER,
    SCHOOL,
    OTHER
}
