package nl.stagemakelaar.consent;

/** What a consent covers: taking the student on, or sharing a profile with one employer for one proposal. */
public enum ConsentPurpose {
    CASE,
    EMPLOYER_SHARING
}
