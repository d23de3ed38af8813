-- When it goes wrong, and after (issue 12): the phase after an internship, why it ended and who said so,
-- contacts that did not happen, parents and guardians, agreements on a placement at risk, hand-offs,
-- and closing with outcomes that reopening keeps.

-- After an internship ends the broker chooses the next step; the student no longer stays "in internship".
ALTER TABLE student DROP CONSTRAINT student_phase_check;
ALTER TABLE student ADD CONSTRAINT student_phase_check CHECK (phase IN ('INTAKE', 'PREPARATION', 'MATCHING', 'PLACED',
    'IN_INTERNSHIP', 'INTERNSHIP_ENDED', 'CLOSED'));
-- Set after the organisation's number of failed attempts in a row to reach the student; cleared by a reached contact.
ALTER TABLE student ADD COLUMN out_of_contact_since date;
CREATE INDEX student_org_out_of_contact_idx ON student (organisation_id) WHERE out_of_contact_since IS NOT NULL;
CREATE INDEX student_org_internship_ended_idx ON student (organisation_id) WHERE phase = 'INTERNSHIP_ENDED';

ALTER TABLE placement DROP CONSTRAINT placement_end_reason_check;
ALTER TABLE placement ADD CONSTRAINT placement_end_reason_check CHECK (end_reason IN ('STUDENT_DROPPED_OUT',
    'EMPLOYER_ENDED', 'CONFLICT', 'HEALTH', 'MOVED', 'OTHER'));
ALTER TABLE placement ADD COLUMN ended_by varchar(10) CHECK (ended_by IN ('STUDENT', 'EMPLOYER', 'SCHOOL', 'PARENT', 'BROKER'));

ALTER TABLE organisation ADD COLUMN out_of_contact_attempts integer NOT NULL DEFAULT 3
    CHECK (out_of_contact_attempts BETWEEN 1 AND 10);

-- A contact that did not happen: nobody answered, or the student did not show up for an appointment.
ALTER TABLE contact ADD COLUMN outcome varchar(12) NOT NULL DEFAULT 'REACHED'
    CHECK (outcome IN ('REACHED', 'NOT_REACHED', 'NO_SHOW'));

CREATE TABLE guardian (
    id              uuid PRIMARY KEY,
    organisation_id uuid          NOT NULL REFERENCES organisation (id),
    student_id      uuid          NOT NULL REFERENCES student (id),
    name            varchar(200)  NOT NULL CHECK (btrim(name) <> ''),
    relation        varchar(20)   NOT NULL CHECK (relation IN ('PARENT', 'GUARDIAN', 'CARER', 'OTHER')),
    phone           varchar(30),
    email           varchar(254),
    may_contact     boolean       NOT NULL,
    note            varchar(500),
    version         integer       NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL,
    created_by      varchar(100)  NOT NULL,
    updated_at      timestamptz   NOT NULL,
    updated_by      varchar(100)  NOT NULL
);
CREATE INDEX guardian_student_idx ON guardian (student_id);

-- What was agreed on a placement, with whom, by when, and afterwards whether it helped.
CREATE TABLE intervention (
    id              uuid PRIMARY KEY,
    organisation_id uuid          NOT NULL REFERENCES organisation (id),
    placement_id    uuid          NOT NULL REFERENCES placement (id),
    check_in_id     uuid          REFERENCES check_in (id),
    agreement       varchar(1000) NOT NULL CHECK (btrim(agreement) <> ''),
    with_whom       varchar(200)  NOT NULL CHECK (btrim(with_whom) <> ''),
    due_on          date          NOT NULL,
    outcome         varchar(12)   NOT NULL DEFAULT 'OPEN' CHECK (outcome IN ('OPEN', 'HELPED', 'PARTLY', 'NOT_HELPED')),
    outcome_note    varchar(1000),
    version         integer       NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL,
    created_by      varchar(100)  NOT NULL,
    updated_at      timestamptz   NOT NULL,
    updated_by      varchar(100)  NOT NULL
);
CREATE INDEX intervention_placement_idx ON intervention (placement_id, due_on);
CREATE INDEX intervention_org_open_idx ON intervention (organisation_id, due_on) WHERE outcome = 'OPEN';

CREATE TABLE hand_off (
    id              uuid PRIMARY KEY,
    organisation_id uuid          NOT NULL REFERENCES organisation (id),
    student_id      uuid          NOT NULL REFERENCES student (id),
    to_kind         varchar(30)   NOT NULL CHECK (to_kind IN ('YOUTH_WORKER', 'DISTRICT_TEAM',
                        'COMPULSORY_EDUCATION_OFFICER', 'SCHOOL', 'OTHER')),
    to_name         varchar(200)  NOT NULL CHECK (btrim(to_name) <> ''),
    handed_off_on   date          NOT NULL,
    reason          varchar(1000) NOT NULL CHECK (btrim(reason) <> ''),
    created_at      timestamptz   NOT NULL,
    created_by      varchar(100)  NOT NULL
);
CREATE INDEX hand_off_student_idx ON hand_off (student_id, handed_off_on DESC);

-- Every closing of a case, with its outcomes; reopening marks the row, so a second internship keeps the first.
CREATE TABLE case_closure (
    id                uuid PRIMARY KEY,
    organisation_id   uuid          NOT NULL REFERENCES organisation (id),
    student_id        uuid          NOT NULL REFERENCES student (id),
    closed_at         timestamptz   NOT NULL,
    closed_by         varchar(100)  NOT NULL,
    placement_outcome varchar(30)   NOT NULL CHECK (placement_outcome IN ('PLACED_EXTERNALLY', 'PLACED_OWN_ORGANISATION',
                          'FOUND_THEMSELVES', 'NOT_PLACED')),
    education_outcome varchar(20)   NOT NULL CHECK (education_outcome IN ('DIPLOMA', 'STILL_STUDYING', 'STOPPED',
                          'SWITCHED_PROGRAMME', 'UNKNOWN')),
    hand_off_id       uuid          REFERENCES hand_off (id),
    reason            varchar(1000) NOT NULL CHECK (btrim(reason) <> ''),
    reopened_at       timestamptz,
    reopened_by       varchar(100),
    reopen_reason     varchar(1000),
    CHECK ((reopened_at IS NULL) = (reopened_by IS NULL) AND (reopened_at IS NULL) = (reopen_reason IS NULL))
);
-- One open closure per student at a time.
CREATE UNIQUE INDEX case_closure_current_idx ON case_closure (student_id) WHERE reopened_at IS NULL;
CREATE INDEX case_closure_student_idx ON case_closure (student_id, closed_at DESC);
CREATE INDEX case_closure_org_idx ON case_closure (organisation_id, closed_at);

ALTER TABLE timeline_entry DROP CONSTRAINT timeline_entry_kind_check;
ALTER TABLE timeline_entry ADD CONSTRAINT timeline_entry_kind_check CHECK (kind IN ('REFERRAL_ACCEPTED',
    'PHASE_CHANGED', 'INTENSITY_CHANGED', 'BROKER_ASSIGNED', 'CONTACT_LOGGED', 'INTAKE_UPDATED',
    'CHECKLIST_CHANGED', 'ATTACHMENT_ADDED', 'PLACEMENT_CHANGED', 'OUTREACH_LOGGED', 'CHECK_IN_REPORTED',
    'HOURS_CONFIRMED', 'EVALUATION_GIVEN', 'CONSENT_RECORDED', 'CONSENT_WITHDRAWN', 'STUDENT_UPDATED',
    'OUT_OF_CONTACT', 'BACK_IN_CONTACT', 'GUARDIAN_CHANGED', 'INTERVENTION_AGREED', 'INTERVENTION_EVALUATED',
    'HANDED_OFF', 'CASE_CLOSED', 'CASE_REOPENED'));
