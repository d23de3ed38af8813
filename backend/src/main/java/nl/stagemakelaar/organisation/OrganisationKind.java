package nl.stagemakelaar.organisation;

/** The two variants of the report: a municipal desk outside school, or a broker inside a school. */
public enum OrganisationKind {
    MUNICIPAL_DESK,
    SCHOOL_BASED
}
