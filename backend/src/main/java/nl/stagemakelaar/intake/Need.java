package nl.stagemakelaar.intake;

/** What holds the student back (domain.md, "The problem"). Ethnicity or migration background is never stored. */
public enum Need {
    APPLICATION_SKILLS,
    SOCIAL_SKILLS,
    SELF_INSIGHT,
    MOTIVATION,
    SELF_CONFIDENCE,
    LANGUAGE,
    HOME_SITUATION,
    STUDY_CHOICE,
    NETWORK,
    SUSPECTED_DISCRIMINATION,
    OTHER
}
