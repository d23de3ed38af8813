-- The loop with schools (issue 17): with the student's consent the school's coordinators are told by e-mail that the
-- student joined and how it ended. A consent of its own, withdrawn like the others; the sends are on the timeline.
ALTER TABLE consent DROP CONSTRAINT consent_purpose_check;
ALTER TABLE consent ADD CONSTRAINT consent_purpose_check CHECK (purpose IN ('CASE', 'EMPLOYER_SHARING', 'SCHOOL_UPDATES'));

ALTER TABLE timeline_entry DROP CONSTRAINT timeline_entry_kind_check;
ALTER TABLE timeline_entry ADD CONSTRAINT timeline_entry_kind_check CHECK (kind IN ('REFERRAL_ACCEPTED',
    'PHASE_CHANGED', 'INTENSITY_CHANGED', 'BROKER_ASSIGNED', 'CONTACT_LOGGED', 'INTAKE_UPDATED',
    'CHECKLIST_CHANGED', 'ATTACHMENT_ADDED', 'PLACEMENT_CHANGED', 'OUTREACH_LOGGED', 'CHECK_IN_REPORTED',
    'HOURS_CONFIRMED', 'EVALUATION_GIVEN', 'CONSENT_RECORDED', 'CONSENT_WITHDRAWN', 'STUDENT_UPDATED',
    'OUT_OF_CONTACT', 'BACK_IN_CONTACT', 'GUARDIAN_CHANGED', 'INTERVENTION_AGREED', 'INTERVENTION_EVALUATED',
    'HANDED_OFF', 'CASE_CLOSED', 'CASE_REOPENED', 'SURVEY_SENT', 'SURVEY_ANSWERED', 'VACANCY_SENT',
    'APPLICATION_LOGGED', 'APPLICATION_CHANGED', 'SCHOOL_INFORMED'));
CREATE UNIQUE INDEX consent_school_updates_idx ON consent (student_id) WHERE purpose = 'SCHOOL_UPDATES' AND withdrawn_on IS NULL;
