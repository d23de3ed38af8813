package nl.stagemakelaar.referral;

/** Why the student came (the report's Figuur 2.1). */
public enum ReferralReason {
    STUDENT_STRUGGLES,
    SCHOOL_THOUGHT_NECESSARY,
    SCHOOL_COULD_NOT_FIND_PLACE,
    WANTS_TO_LEARN,
    OTHER
}
