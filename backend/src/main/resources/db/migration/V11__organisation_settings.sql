-- The organisation's own settings, edited by its leads (issue 18), with a history of every change.

ALTER TABLE organisation
    ADD COLUMN no_contact_days integer NOT NULL DEFAULT 14 CHECK (no_contact_days BETWEEN 1 AND 365),
    ADD COLUMN follow_up_days  integer CHECK (follow_up_days BETWEEN 1 AND 365),
    ADD COLUMN version         integer NOT NULL DEFAULT 0;

-- Capacity per broker: hours a week, or a maximum of active cases (either or both).
ALTER TABLE staff_member
    ADD COLUMN hours_per_week   integer CHECK (hours_per_week BETWEEN 0 AND 80),
    ADD COLUMN max_active_cases integer CHECK (max_active_cases BETWEEN 0 AND 1000);

-- Questions are edited, reordered and deactivated; a referral keeps the wording it was answered with.
ALTER TABLE eligibility_question ADD COLUMN version integer NOT NULL DEFAULT 0;
ALTER TABLE referral_eligibility_answer
    ADD COLUMN question_text     varchar(300),
    ADD COLUMN qualifying_answer boolean;
UPDATE referral_eligibility_answer a SET question_text = q.text, qualifying_answer = q.qualifying_answer
  FROM eligibility_question q WHERE q.id = a.question_id;

-- Append-only: what changed, when, by whom; old and new values as the lead saw them.
CREATE TABLE setting_change (
    id              bigserial    PRIMARY KEY,
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    changed_at      timestamptz  NOT NULL DEFAULT now(),
    changed_by      varchar(100) NOT NULL,
    setting         varchar(150) NOT NULL,
    old_value       varchar(1000),
    new_value       varchar(1000)
);
CREATE INDEX setting_change_org_idx ON setting_change (organisation_id, changed_at DESC, id DESC);
