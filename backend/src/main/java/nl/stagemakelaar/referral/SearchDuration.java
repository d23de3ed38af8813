package nl.stagemakelaar.referral;

/** How long the student searched before the referral (the report's Figuur 2.2). */
public enum SearchDuration {
    NOT_YET,
    LESS_THAN_ONE_MONTH,
    ONE_TO_TWO_MONTHS,
    MORE_THAN_TWO_MONTHS
}
