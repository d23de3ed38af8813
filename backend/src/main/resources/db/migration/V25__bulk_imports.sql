-- Bulk imports (issue 16): what a re-imported file is matched on, so the same file updates instead of duplicating.
-- A place's own reference in the feed it came from, unique per employer (the employer is found by its KvK number,
-- already unique per organisation). A student's number at their school, unique per school within the organisation;
-- erasure clears it with the other personal details.
ALTER TABLE internship_place
    ADD COLUMN reference varchar(100) CHECK (btrim(reference) <> '');
CREATE UNIQUE INDEX place_employer_reference_key ON internship_place (employer_id, reference);

ALTER TABLE student
    ADD COLUMN school_number varchar(50) CHECK (btrim(school_number) <> '');
CREATE UNIQUE INDEX student_school_number_key ON student (organisation_id, school_id, school_number);
