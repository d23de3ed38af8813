-- Outreach per student, and contacts with an employer, so the network's relation health can be derived.

ALTER TABLE contact ADD COLUMN employer_id uuid REFERENCES employer (id);
CREATE INDEX contact_employer_idx ON contact (employer_id, occurred_at DESC) WHERE employer_id IS NOT NULL;

CREATE TABLE outreach (
    id              uuid PRIMARY KEY,
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    student_id      uuid         NOT NULL REFERENCES student (id),
    employer_id     uuid         NOT NULL REFERENCES employer (id),
    channel         varchar(20)  NOT NULL CHECK (channel IN ('APP', 'EMAIL', 'LINKEDIN', 'VACANCY_SITE', 'PHONE', 'VISIT')),
    approached_on   date         NOT NULL,
    result          varchar(20)  NOT NULL CHECK (result IN ('NO_ANSWER', 'DECLINED', 'INTERESTED', 'INTERVIEW')),
    decline_reason  varchar(500),
    broker          varchar(100) NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    CHECK (result <> 'DECLINED' OR decline_reason IS NOT NULL)
);
CREATE INDEX outreach_student_idx  ON outreach (student_id, approached_on DESC);
CREATE INDEX outreach_employer_idx ON outreach (organisation_id, employer_id, approached_on DESC);

ALTER TABLE timeline_entry DROP CONSTRAINT timeline_entry_kind_check;
ALTER TABLE timeline_entry ADD CONSTRAINT timeline_entry_kind_check CHECK (kind IN ('REFERRAL_ACCEPTED',
    'PHASE_CHANGED', 'INTENSITY_CHANGED', 'BROKER_ASSIGNED', 'CONTACT_LOGGED', 'INTAKE_UPDATED',
    'CHECKLIST_CHANGED', 'ATTACHMENT_ADDED', 'PLACEMENT_CHANGED', 'OUTREACH_LOGGED'));
