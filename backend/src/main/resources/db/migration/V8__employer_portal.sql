-- Employer portal: invited employer users, the employer's own description, the profile shared with the
-- employer per proposal, check-ins during the internship, confirmed hours and the closing evaluation.

ALTER TABLE employer ADD COLUMN description varchar(2000);
-- Employers reach their broker directly: the work e-mail comes from the broker's token at each visit.
ALTER TABLE staff_member ADD COLUMN email varchar(254);

-- One row per invited person. The password lives in Keycloak only; the link's token is stored as a
-- SHA-256 hash and cleared once used, so a database copy cannot be turned into a login.
CREATE TABLE employer_invitation (
    id               uuid         PRIMARY KEY,
    organisation_id  uuid         NOT NULL REFERENCES organisation (id),
    employer_id      uuid         NOT NULL REFERENCES employer (id),
    email            varchar(254) NOT NULL CHECK (email = lower(email) AND email LIKE '_%@_%'),
    first_name       varchar(100) NOT NULL CHECK (btrim(first_name) <> ''),
    last_name        varchar(100) NOT NULL CHECK (btrim(last_name) <> ''),
    keycloak_user_id varchar(64)  NOT NULL,
    token_hash       varchar(64),
    expires_at       timestamptz  NOT NULL,
    status           varchar(20)  NOT NULL CHECK (status IN ('INVITED', 'ACTIVE', 'REVOKED')),
    accepted_at      timestamptz,
    revoked_at       timestamptz,
    revoked_by       varchar(100),
    version          integer      NOT NULL DEFAULT 0,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    created_by       varchar(100) NOT NULL,
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    updated_by       varchar(100) NOT NULL,
    CHECK ((status = 'REVOKED') = (revoked_at IS NOT NULL)),
    CHECK (status <> 'INVITED' OR token_hash IS NOT NULL)
);
CREATE UNIQUE INDEX invitation_token_idx ON employer_invitation (token_hash) WHERE token_hash IS NOT NULL;
CREATE UNIQUE INDEX invitation_user_idx ON employer_invitation (keycloak_user_id);
CREATE UNIQUE INDEX invitation_live_email_idx ON employer_invitation (email) WHERE status <> 'REVOKED';
CREATE INDEX invitation_employer_idx ON employer_invitation (employer_id, created_at DESC);

-- What the employer sees of a proposed student, written by the broker with the student's consent.
ALTER TABLE placement
    ADD COLUMN strengths          varchar(1000),
    ADD COLUMN support_to_mention varchar(1000),
    ADD COLUMN cv_attachment_id   uuid REFERENCES attachment (id),
    ADD COLUMN hours_confirmed_at timestamptz,
    ADD COLUMN hours_confirmed_by varchar(100),
    ADD COLUMN evaluation_rating  integer CHECK (evaluation_rating BETWEEN 1 AND 5),
    ADD COLUMN evaluation         varchar(2000),
    ADD COLUMN evaluated_at       timestamptz,
    ADD COLUMN evaluated_by       varchar(100),
    ADD CHECK ((evaluation_rating IS NULL) = (evaluated_at IS NULL));
-- The portal lists an employer's candidates and interns by status.
CREATE INDEX placement_employer_status_idx ON placement (employer_id, status, updated_at DESC);

-- "How is it going": reported by the employer (later also by broker or student), a signal for the broker.
CREATE TABLE check_in (
    id              uuid         PRIMARY KEY,
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    placement_id    uuid         NOT NULL REFERENCES placement (id),
    party           varchar(20)  NOT NULL DEFAULT 'EMPLOYER' CHECK (party IN ('EMPLOYER')),
    signal          varchar(20)  NOT NULL CHECK (signal IN ('OK', 'CONCERN', 'AT_RISK')),
    note            varchar(1000),
    reported_by     varchar(100) NOT NULL,
    reported_at     timestamptz  NOT NULL DEFAULT now(),
    acknowledged_at timestamptz,
    acknowledged_by varchar(100),
    CHECK ((acknowledged_at IS NULL) = (acknowledged_by IS NULL))
);
CREATE INDEX check_in_placement_idx ON check_in (placement_id, reported_at DESC);
-- The dashboard's signals: unacknowledged concerns per organisation.
CREATE INDEX check_in_open_signal_idx ON check_in (organisation_id, reported_at DESC)
    WHERE signal <> 'OK' AND acknowledged_at IS NULL;

ALTER TABLE timeline_entry DROP CONSTRAINT timeline_entry_kind_check;
ALTER TABLE timeline_entry ADD CONSTRAINT timeline_entry_kind_check CHECK (kind IN ('REFERRAL_ACCEPTED',
    'PHASE_CHANGED', 'INTENSITY_CHANGED', 'BROKER_ASSIGNED', 'CONTACT_LOGGED', 'INTAKE_UPDATED',
    'CHECKLIST_CHANGED', 'ATTACHMENT_ADDED', 'PLACEMENT_CHANGED', 'OUTREACH_LOGGED', 'CHECK_IN_REPORTED',
    'HOURS_CONFIRMED', 'EVALUATION_GIVEN'));
