-- During the internship (issue 12, first part): brokers check in with the student, the employer, a parent or
-- the school, and the guidance intensity sets when the next check-in is due.

ALTER TABLE check_in DROP CONSTRAINT check_in_party_check;
ALTER TABLE check_in ADD CONSTRAINT check_in_party_check CHECK (party IN ('EMPLOYER', 'STUDENT', 'PARENT', 'SCHOOL'));
-- How: the employer's own report comes through the portal; a broker visits, phones, texts.
ALTER TABLE check_in ADD COLUMN channel varchar(20) NOT NULL DEFAULT 'PORTAL'
    CHECK (channel IN ('PORTAL', 'VISIT', 'PHONE', 'VIDEO', 'WHATSAPP', 'EMAIL', 'OTHER'));
-- Due dates are computed from the newest check-in per placement and party.
CREATE INDEX check_in_placement_party_idx ON check_in (placement_id, party, reported_at DESC);

-- The cadence, in days, as the organisation sets it.
ALTER TABLE organisation
    ADD COLUMN intensive_employer_days  integer NOT NULL DEFAULT 14 CHECK (intensive_employer_days BETWEEN 1 AND 90),
    ADD COLUMN intensive_student_days   integer NOT NULL DEFAULT 7 CHECK (intensive_student_days BETWEEN 1 AND 90),
    ADD COLUMN placement_only_first_days integer NOT NULL DEFAULT 7 CHECK (placement_only_first_days BETWEEN 1 AND 90),
    ADD COLUMN placement_only_end_days  integer NOT NULL DEFAULT 14 CHECK (placement_only_end_days BETWEEN 1 AND 90);

CREATE INDEX placement_org_active_idx ON placement (organisation_id) WHERE status = 'ACTIVE';
