-- The municipal desk (issue 17): the student's own door. A lead opens a public sign-up page; a student who answers the
-- eligibility checklist as qualifying signs up, confirms by the link in an e-mail, and lands in the inbox as a
-- referral with channel SELF. Nothing is stored before that confirmation: the link carries the sealed sign-up.
ALTER TABLE organisation
    ADD COLUMN self_sign_up      boolean NOT NULL DEFAULT false,
    ADD COLUMN not_eligible_text varchar(1000);

ALTER TABLE referral DROP CONSTRAINT referral_channel_check;
ALTER TABLE referral ADD CONSTRAINT referral_channel_check CHECK (channel IN ('REFERRAL_FORM', 'PHONE', 'EMAIL', 'APP',
    'WALK_IN', 'SOCIAL_MEDIA', 'INTEGRATION', 'OTHER', 'SELF'));
-- The confirmed link's hash: a link used twice finds its referral instead of making a second one.
ALTER TABLE referral ADD COLUMN sign_up_key varchar(64) UNIQUE;

-- Keys the application derives from, made once per database so that every instance uses the same ones and nothing
-- has to be configured (32 random bytes from two random UUIDs). Not an organisation's data: no row-level security.
CREATE TABLE app_secret (
    name  varchar(50) PRIMARY KEY,
    value bytea       NOT NULL CHECK (length(value) = 32)
);
INSERT INTO app_secret (name, value)
VALUES ('sign-up', decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));

-- In the student's own words: what they already tried (a mentor's referral says what the school did).
ALTER TABLE referral ADD COLUMN student_tried varchar(1000);
