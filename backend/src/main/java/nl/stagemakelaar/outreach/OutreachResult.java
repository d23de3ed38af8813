package nl.stagemakelaar.outreach;

public enum OutreachResult {
    NO_ANSWER,
    DECLINED,
    INTERESTED,
    INTERVIEW
}
