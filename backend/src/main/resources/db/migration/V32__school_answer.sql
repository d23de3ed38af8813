-- The loop with schools (issue 17): what the school's placement coordinator answered about what the student already
-- tried, recorded on the referral by the broker (to cross-check what the student says).
ALTER TABLE referral
    ADD COLUMN school_answer    varchar(2000),
    ADD COLUMN school_answer_at timestamptz,
    ADD COLUMN school_answer_by varchar(100);
