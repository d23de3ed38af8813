package nl.stagemakelaar.outreach;

public enum OutreachChannel {
    APP,
    EMAIL,
    LINKEDIN,
    VACANCY_SITE,
    PHONE,
    VISIT
}
