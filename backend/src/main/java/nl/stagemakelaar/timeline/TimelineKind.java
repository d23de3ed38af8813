package nl.stagemakelaar.timeline;

/** What happened in a student's file; placements and outreach join later. */
public enum TimelineKind {
    REFERRAL_ACCEPTED,
    PHASE_CHANGED,
    INTENSITY_CHANGED,
    BROKER_ASSIGNED,
    CONTACT_LOGGED,
    INTAKE_UPDATED,
    CHECKLIST_CHANGED,
    ATTACHMENT_ADDED,
    PLACEMENT_CHANGED,
    OUTREACH_LOGGED,
    CHECK_IN_REPORTED,
    HOURS_CONFIRMED,
    EVALUATION_GIVEN,
    CONSENT_RECORDED,
    CONSENT_WITHDRAWN,
    STUDENT_UPDATED
}
