package nl.stagemakelaar.referral;

/** The first channel through which the student reached the broker (the report's Figuur 2.4). */
public enum Channel {
    REFERRAL_FORM,
    PHONE,
    EMAIL,
    APP,
    WALK_IN,
    SOCIAL_MEDIA,
    INTEGRATION,
    OTHER,
    /** The student signed up on the organisation's public page and confirmed by e-mail. */
    SELF
}
