-- The programme report (issue 13, second part): the student's education level (the report counts vmbo, havo,
-- mbo 1-4 and hbo; a programme only knows mbo levels) and the hourly cost a cost per outcome is computed with.

ALTER TABLE student ADD COLUMN education_level varchar(10)
    CHECK (education_level IN ('VMBO', 'HAVO', 'MBO_1', 'MBO_2', 'MBO_3', 'MBO_4', 'HBO'));
UPDATE student s SET education_level = 'MBO_' || p.level FROM programme p WHERE p.id = s.programme_id AND s.education_level IS NULL;

ALTER TABLE organisation ADD COLUMN hourly_cost numeric(7, 2) CHECK (hourly_cost BETWEEN 0 AND 10000);

CREATE INDEX case_closure_org_closed_idx ON case_closure (organisation_id, closed_at) WHERE reopened_at IS NULL;
CREATE INDEX student_org_created_idx ON student (organisation_id, created_at);
CREATE INDEX employer_org_created_idx ON employer (organisation_id, created_at);
