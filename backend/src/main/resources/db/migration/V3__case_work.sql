-- Case work: phase history, contact log, and one timeline per student.

-- When the internship must start (from the referral or the intake); drives "starting soon, not placed".
ALTER TABLE student ADD COLUMN internship_start_by date;
CREATE INDEX student_org_start_idx ON student (organisation_id, internship_start_by) WHERE phase NOT IN ('PLACED', 'IN_INTERNSHIP', 'CLOSED');

CREATE TABLE contact (
    id              uuid PRIMARY KEY,
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    student_id      uuid         NOT NULL REFERENCES student (id),
    occurred_at     timestamptz  NOT NULL,
    channel         varchar(20)  NOT NULL CHECK (channel IN ('PHONE', 'VIDEO', 'IN_PERSON', 'WHATSAPP', 'EMAIL',
                        'HOME_VISIT', 'OTHER')),
    party           varchar(20)  NOT NULL CHECK (party IN ('STUDENT', 'PARENT', 'EMPLOYER', 'SCHOOL', 'YOUTH_WORKER',
                        'OTHER')),
    minutes         integer      NOT NULL CHECK (minutes BETWEEN 0 AND 1440),
    summary         varchar(2000),
    -- Confidential: only the author and the organisation's leads read the summary.
    confidential    boolean      NOT NULL DEFAULT false,
    follow_up_on    date,
    follow_up_done  boolean      NOT NULL DEFAULT false,
    author          varchar(100) NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX contact_student_idx   ON contact (student_id, occurred_at DESC);
CREATE INDEX contact_org_time_idx  ON contact (organisation_id, occurred_at);
CREATE INDEX contact_follow_up_idx ON contact (organisation_id, follow_up_on) WHERE follow_up_on IS NOT NULL AND NOT follow_up_done;

-- One row per event in a student's file, written in the same transaction as the change itself.
CREATE TABLE timeline_entry (
    id              bigserial PRIMARY KEY,
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    student_id      uuid         NOT NULL REFERENCES student (id),
    occurred_at     timestamptz  NOT NULL,
    kind            varchar(30)  NOT NULL CHECK (kind IN ('REFERRAL_ACCEPTED', 'PHASE_CHANGED', 'INTENSITY_CHANGED',
                        'BROKER_ASSIGNED', 'CONTACT_LOGGED')),
    actor           varchar(100) NOT NULL,
    -- Short, non-sensitive facts for the line ("INTAKE → PREPARATION", "PHONE with STUDENT, 15 min").
    detail          varchar(500),
    reason          varchar(1000),
    ref_id          uuid
);
CREATE INDEX timeline_student_idx ON timeline_entry (student_id, occurred_at DESC, id DESC);
