package nl.stagemakelaar.consent;

/** What a consent covers: taking the student on, sharing a profile with one employer, or keeping the school informed. */
public enum ConsentPurpose {
    CASE,
    EMPLOYER_SHARING,
    /** The school's placement coordinators may be told that the student joined and how it ended. */
    SCHOOL_UPDATES
}
