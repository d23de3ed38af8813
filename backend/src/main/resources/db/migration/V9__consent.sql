-- Consent as its own record: what the student (and under 16 a parent or guardian) agreed to, when, recorded
-- by whom, and when and by whom it was withdrawn. CASE covers taking the student on (a referral or a broker's
-- registration); EMPLOYER_SHARING covers one proposal's profile and CV for one employer.
CREATE TABLE consent (
    id               uuid PRIMARY KEY,
    organisation_id  uuid          NOT NULL REFERENCES organisation (id),
    student_id       uuid          NOT NULL REFERENCES student (id),
    purpose          varchar(20)   NOT NULL CHECK (purpose IN ('CASE', 'EMPLOYER_SHARING')),
    referral_id      uuid          REFERENCES referral (id),
    placement_id     uuid          REFERENCES placement (id),
    student_consent  boolean       NOT NULL CHECK (student_consent),
    guardian_consent boolean       NOT NULL DEFAULT false,
    given_on         date          NOT NULL,
    recorded_at      timestamptz   NOT NULL DEFAULT now(),
    recorded_by      varchar(100)  NOT NULL,
    withdrawn_on     date,
    withdrawn_at     timestamptz,
    withdrawn_by     varchar(100),
    withdrawal_note  varchar(1000),
    CHECK ((purpose = 'EMPLOYER_SHARING') = (placement_id IS NOT NULL)),
    CHECK ((withdrawn_on IS NULL) = (withdrawn_by IS NULL) AND (withdrawn_on IS NULL) = (withdrawn_at IS NULL))
);
CREATE INDEX consent_student_idx ON consent (student_id, purpose);
CREATE UNIQUE INDEX consent_placement_idx ON consent (placement_id) WHERE placement_id IS NOT NULL;

-- What earlier releases recorded: the referral's consent for the case, the proposal's for sharing.
INSERT INTO consent (id, organisation_id, student_id, purpose, referral_id, student_consent, guardian_consent, given_on,
                     recorded_at, recorded_by)
SELECT gen_random_uuid(), r.organisation_id, r.student_id, 'CASE', r.id, true, r.guardian_consent, r.consent_date,
       r.submitted_at, r.submitted_by
FROM referral r WHERE r.student_id IS NOT NULL;
INSERT INTO consent (id, organisation_id, student_id, purpose, placement_id, student_consent, given_on, recorded_at,
                     recorded_by)
SELECT gen_random_uuid(), p.organisation_id, p.student_id, 'EMPLOYER_SHARING', p.id, true, p.consent_date, p.created_at,
       p.created_by
FROM placement p;

-- Why a proposal was withdrawn: by the broker, because the case closed, the consent ended, or the student
-- was placed elsewhere.
ALTER TABLE placement ADD COLUMN withdraw_reason varchar(1000);
ALTER TABLE placement ADD COLUMN consent_withdrawn_on date;

ALTER TABLE timeline_entry DROP CONSTRAINT timeline_entry_kind_check;
ALTER TABLE timeline_entry ADD CONSTRAINT timeline_entry_kind_check CHECK (kind IN ('REFERRAL_ACCEPTED',
    'PHASE_CHANGED', 'INTENSITY_CHANGED', 'BROKER_ASSIGNED', 'CONTACT_LOGGED', 'INTAKE_UPDATED',
    'CHECKLIST_CHANGED', 'ATTACHMENT_ADDED', 'PLACEMENT_CHANGED', 'OUTREACH_LOGGED', 'CHECK_IN_REPORTED',
    'HOURS_CONFIRMED', 'EVALUATION_GIVEN', 'CONSENT_RECORDED', 'CONSENT_WITHDRAWN', 'STUDENT_UPDATED'));

-- Portal lookups by employer and status also read the end date (kept for a year after an internship).
CREATE INDEX placement_employer_end_idx ON placement (employer_id, status, end_date);
