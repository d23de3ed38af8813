-- The employer network, internship places and placements (the three outcomes of Tabel 2.1).

ALTER TABLE employer
    ADD COLUMN sectors           varchar(300),
    ADD COLUMN size              varchar(10) CHECK (size IN ('SMALL', 'MEDIUM', 'LARGE')),
    ADD COLUMN street            varchar(200),
    ADD COLUMN postcode          varchar(7)  CHECK (postcode ~ '^[1-9][0-9]{3} ?[A-Z]{2}$'),
    ADD COLUMN sbb_status        varchar(20) NOT NULL DEFAULT 'UNKNOWN'
        CHECK (sbb_status IN ('RECOGNISED', 'PENDING', 'NOT_RECOGNISED', 'UNKNOWN')),
    ADD COLUMN sbb_number        varchar(20),
    ADD COLUMN support_openness  varchar(10) NOT NULL DEFAULT 'UNKNOWN' CHECK (support_openness IN ('YES', 'NO', 'UNKNOWN')),
    ADD COLUMN support_note      varchar(1000),
    ADD COLUMN vog_required      boolean     NOT NULL DEFAULT false,
    ADD COLUMN owner_broker      varchar(100),
    ADD COLUMN visit_every_days  integer     CHECK (visit_every_days BETWEEN 1 AND 365);

CREATE TABLE internship_place (
    id              uuid PRIMARY KEY,
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    employer_id     uuid         NOT NULL REFERENCES employer (id),
    title           varchar(200) NOT NULL CHECK (btrim(title) <> ''),
    programme_id    uuid         REFERENCES programme (id),
    sector          varchar(100),
    level_min       integer      NOT NULL DEFAULT 1 CHECK (level_min BETWEEN 1 AND 4),
    level_max       integer      NOT NULL DEFAULT 4 CHECK (level_max BETWEEN 1 AND 4),
    places          integer      NOT NULL DEFAULT 1 CHECK (places BETWEEN 1 AND 100),
    start_date      date,
    hours_per_week  integer      CHECK (hours_per_week BETWEEN 1 AND 60),
    city            varchar(100),
    source          varchar(20)  NOT NULL DEFAULT 'OWN_NETWORK' CHECK (source IN ('OWN_NETWORK', 'EMPLOYER_PORTAL', 'FEED')),
    status          varchar(10)  NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'FILLED', 'CLOSED')),
    version         integer      NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    created_by      varchar(100) NOT NULL,
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    updated_by      varchar(100) NOT NULL,
    CHECK (level_min <= level_max)
);
CREATE INDEX place_org_status_idx  ON internship_place (organisation_id, status, start_date);
CREATE INDEX place_employer_idx    ON internship_place (employer_id);

CREATE TABLE placement (
    id               uuid PRIMARY KEY,
    organisation_id  uuid         NOT NULL REFERENCES organisation (id),
    student_id       uuid         NOT NULL REFERENCES student (id),
    employer_id      uuid         NOT NULL REFERENCES employer (id),
    place_id         uuid         REFERENCES internship_place (id),
    type             varchar(20)  NOT NULL CHECK (type IN ('EXTERNAL', 'OWN_ORGANISATION', 'FOUND_BY_STUDENT')),
    status           varchar(20)  NOT NULL CHECK (status IN ('PROPOSED', 'INTERVIEW', 'ACCEPTED', 'DECLINED',
                         'WITHDRAWN', 'ACTIVE', 'COMPLETED', 'ENDED_EARLY')),
    -- What the employer may see about the student, written by the broker, shared with consent only.
    profile          varchar(2000) NOT NULL,
    consent_to_share boolean      NOT NULL CHECK (consent_to_share),
    consent_date     date         NOT NULL,
    interview_at     timestamptz,
    start_date       date,
    end_date         date,
    decline_reason   varchar(1000),
    end_reason       varchar(20)  CHECK (end_reason IN ('STUDENT_DROPPED_OUT', 'EMPLOYER_ENDED', 'OTHER')),
    end_note         varchar(1000),
    required_hours   integer      CHECK (required_hours BETWEEN 0 AND 2000),
    hours_done       integer      NOT NULL DEFAULT 0 CHECK (hours_done BETWEEN 0 AND 5000),
    version          integer      NOT NULL DEFAULT 0,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    created_by       varchar(100) NOT NULL,
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    updated_by       varchar(100) NOT NULL,
    CHECK (status NOT IN ('ACTIVE', 'COMPLETED', 'ENDED_EARLY') OR start_date IS NOT NULL),
    CHECK (status <> 'ENDED_EARLY' OR end_reason IS NOT NULL)
);
CREATE INDEX placement_org_status_idx ON placement (organisation_id, status, updated_at);
CREATE INDEX placement_student_idx    ON placement (student_id);
CREATE INDEX placement_employer_idx   ON placement (employer_id, status);
CREATE INDEX placement_place_idx      ON placement (place_id) WHERE status IN ('ACCEPTED', 'ACTIVE', 'COMPLETED');

ALTER TABLE timeline_entry DROP CONSTRAINT timeline_entry_kind_check;
ALTER TABLE timeline_entry ADD CONSTRAINT timeline_entry_kind_check CHECK (kind IN ('REFERRAL_ACCEPTED',
    'PHASE_CHANGED', 'INTENSITY_CHANGED', 'BROKER_ASSIGNED', 'CONTACT_LOGGED', 'INTAKE_UPDATED',
    'CHECKLIST_CHANGED', 'ATTACHMENT_ADDED', 'PLACEMENT_CHANGED'));

-- A student holds at most one accepted or running placement at a time.
CREATE UNIQUE INDEX placement_one_current_idx ON placement (student_id) WHERE status IN ('ACCEPTED', 'ACTIVE');
