-- The whole desk in the SPA (issue 18).

-- A broker's contact or visit with an employer needs no student: the relation is worth logging in itself.
ALTER TABLE contact ALTER COLUMN student_id DROP NOT NULL;
ALTER TABLE contact ADD CONSTRAINT contact_subject_check CHECK (student_id IS NOT NULL OR employer_id IS NOT NULL);
CREATE INDEX contact_org_employer_idx ON contact (organisation_id, employer_id, occurred_at DESC) WHERE employer_id IS NOT NULL;

-- The last contact with an employer, a contact or outreach, kept by the employer feature: the network
-- list sorts by relation health from this column instead of a subquery per row and per sort key.
ALTER TABLE employer ADD COLUMN last_contact_at timestamptz;
UPDATE employer e SET last_contact_at = greatest(
    (SELECT max(c.occurred_at) FROM contact c WHERE c.employer_id = e.id),
    (SELECT max(o.approached_on)::timestamptz FROM outreach o WHERE o.employer_id = e.id));
CREATE INDEX employer_last_contact_idx ON employer (organisation_id, last_contact_at NULLS FIRST);

-- An internship the student found themselves is recorded without a proposal: nothing was shared, so no
-- profile and no sharing consent. Every other placement still needs both.
ALTER TABLE placement ALTER COLUMN profile DROP NOT NULL, ALTER COLUMN consent_date DROP NOT NULL;
ALTER TABLE placement DROP CONSTRAINT placement_consent_to_share_check;
ALTER TABLE placement ADD CONSTRAINT placement_shared_check CHECK (
    (consent_to_share AND profile IS NOT NULL AND consent_date IS NOT NULL)
    OR (type = 'FOUND_BY_STUDENT' AND NOT consent_to_share AND profile IS NULL));
ALTER TABLE placement ADD CONSTRAINT placement_dates_check CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date);

-- Towns the student can travel to (set at intake); matching counts them like the home town.
ALTER TABLE intake ADD COLUMN reach_towns varchar(1000);

-- The open-places list filters by sector and town within an organisation.
CREATE INDEX place_org_sector_idx ON internship_place (organisation_id, sector) WHERE status = 'OPEN';
CREATE INDEX place_org_city_idx ON internship_place (organisation_id, city_key) WHERE status = 'OPEN';
