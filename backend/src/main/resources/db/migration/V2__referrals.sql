-- Referrals: a mentor, an integration or a broker registers a student for a broker organisation;
-- the broker triages (accept / waitlist / decline); accepting creates or links the student.

-- Brokers and leads as they have signed in, so a lead can assign a case to a broker by name.
-- Keycloak stays the source of identity; this is a directory of who works where.
CREATE TABLE staff_member (
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    username        varchar(100) NOT NULL,
    display_name    varchar(200) NOT NULL,
    role            varchar(10)  NOT NULL CHECK (role IN ('BROKER', 'LEAD')),
    last_seen_at    timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (organisation_id, username)
);

ALTER TABLE student ADD COLUMN assigned_broker varchar(100);
CREATE INDEX student_org_broker_idx ON student (organisation_id, assigned_broker);

-- The organisation's eligibility checklist (the Amsterdam flowchart): a question and the answer that qualifies.
CREATE TABLE eligibility_question (
    id                uuid PRIMARY KEY,
    organisation_id   uuid         NOT NULL REFERENCES organisation (id),
    position          integer      NOT NULL,
    text              varchar(300) NOT NULL CHECK (btrim(text) <> ''),
    qualifying_answer boolean      NOT NULL,
    active            boolean      NOT NULL DEFAULT true
);
CREATE INDEX eligibility_question_org_idx ON eligibility_question (organisation_id, position);

CREATE TABLE referral (
    id                      uuid PRIMARY KEY,
    organisation_id         uuid         NOT NULL REFERENCES organisation (id),
    school_id               uuid         NOT NULL REFERENCES school (id),
    programme_id            uuid         REFERENCES programme (id),
    student_first_name      varchar(100) NOT NULL CHECK (btrim(student_first_name) <> ''),
    student_last_name       varchar(100) NOT NULL CHECK (btrim(student_last_name) <> ''),
    student_date_of_birth   date         NOT NULL,
    student_email           varchar(254),
    student_phone           varchar(30),
    search_name             text GENERATED ALWAYS AS
                                (lower(f_unaccent(student_first_name || ' ' || student_last_name))) STORED,
    referrer_kind           varchar(30)  NOT NULL CHECK (referrer_kind IN ('MENTOR', 'TEACHER',
                                'PLACEMENT_COORDINATOR', 'MUNICIPALITY', 'YOUTH_WORKER', 'STUDENT', 'OTHER')),
    referrer_name           varchar(150) NOT NULL,
    referrer_email          varchar(254),
    referrer_phone          varchar(30),
    channel                 varchar(20)  NOT NULL CHECK (channel IN ('REFERRAL_FORM', 'PHONE', 'EMAIL', 'APP',
                                'WALK_IN', 'SOCIAL_MEDIA', 'INTEGRATION', 'OTHER')),
    reason                  varchar(40)  NOT NULL CHECK (reason IN ('STUDENT_STRUGGLES', 'SCHOOL_THOUGHT_NECESSARY',
                                'SCHOOL_COULD_NOT_FIND_PLACE', 'WANTS_TO_LEARN', 'OTHER')),
    reason_other            varchar(500),
    search_duration         varchar(30)  NOT NULL CHECK (search_duration IN ('NOT_YET', 'LESS_THAN_ONE_MONTH',
                                'ONE_TO_TWO_MONTHS', 'MORE_THAN_TWO_MONTHS')),
    applications_sent       integer      CHECK (applications_sent BETWEEN 0 AND 1000),
    companies_contacted     integer      CHECK (companies_contacted BETWEEN 0 AND 1000),
    school_actions          varchar(2000),
    internship_must_start_by date,
    hours_behind            integer      CHECK (hours_behind BETWEEN 0 AND 2000),
    -- Without the student's consent there is no referral; under 16 a parent or guardian consents too.
    student_consent         boolean      NOT NULL CHECK (student_consent),
    guardian_consent        boolean      NOT NULL DEFAULT false,
    consent_date            date         NOT NULL,
    eligibility_failures    integer      NOT NULL DEFAULT 0,
    status                  varchar(20)  NOT NULL DEFAULT 'SUBMITTED'
                                CHECK (status IN ('SUBMITTED', 'WAITLISTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    decision_reason         varchar(1000),
    review_on               date,
    decided_at              timestamptz,
    decided_by              varchar(100),
    student_id              uuid         REFERENCES student (id),
    submitted_at            timestamptz  NOT NULL DEFAULT now(),
    submitted_by            varchar(100) NOT NULL,
    version                 integer      NOT NULL DEFAULT 0,
    updated_at              timestamptz  NOT NULL DEFAULT now(),
    updated_by              varchar(100) NOT NULL,
    CHECK (status <> 'ACCEPTED' OR student_id IS NOT NULL),
    CHECK (status NOT IN ('DECLINED', 'WAITLISTED') OR decision_reason IS NOT NULL)
);
CREATE INDEX referral_org_status_idx    ON referral (organisation_id, status, submitted_at);
CREATE INDEX referral_school_idx        ON referral (school_id, submitted_at);
CREATE INDEX referral_org_review_idx    ON referral (organisation_id, review_on) WHERE status = 'WAITLISTED';
CREATE INDEX referral_student_idx       ON referral (student_id);
CREATE INDEX referral_search_name_trgm  ON referral USING gin (search_name gin_trgm_ops);
-- Linking a referral to an existing student matches organisation, school, date of birth and folded name.
CREATE INDEX student_identity_idx ON student (organisation_id, school_id, date_of_birth, search_name);

CREATE TABLE referral_eligibility_answer (
    referral_id uuid    NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    question_id uuid    NOT NULL REFERENCES eligibility_question (id),
    answer      boolean NOT NULL,
    PRIMARY KEY (referral_id, question_id)
);
