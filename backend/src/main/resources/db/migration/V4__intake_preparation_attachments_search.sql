-- Intake and needs assessment, the preparation checklist, attachments, and full-text student search.

-- Sensitive case data lives apart from the student's identifying data: brokers and leads only.
CREATE TABLE intake (
    student_id         uuid PRIMARY KEY REFERENCES student (id),
    organisation_id    uuid          NOT NULL REFERENCES organisation (id),
    already_done       varchar(2000),
    needs              varchar(400)  NOT NULL DEFAULT '',
    needs_note         varchar(2000),
    strengths          varchar(2000),
    preferred_sectors  varchar(500),
    preferred_work     varchar(1000),
    home_city          varchar(100),
    max_travel_minutes integer       CHECK (max_travel_minutes BETWEEN 0 AND 300),
    availability       varchar(1000),
    required_hours     integer       CHECK (required_hours BETWEEN 0 AND 2000),
    version            integer       NOT NULL DEFAULT 0,
    updated_at         timestamptz   NOT NULL DEFAULT now(),
    updated_by         varchar(100)  NOT NULL
);

CREATE TABLE preparation_item (
    student_id      uuid         NOT NULL REFERENCES student (id),
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    item            varchar(30)  NOT NULL CHECK (item IN ('INTAKE_FORM', 'CV', 'MOTIVATION_LETTER',
                        'INTERVIEW_PREPARATION', 'ATTITUDE_BRIEFING', 'LINKEDIN_PROFILE')),
    status          varchar(20)  NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE')),
    changed_at      timestamptz  NOT NULL,
    changed_by      varchar(100) NOT NULL,
    PRIMARY KEY (student_id, item)
);

-- Files in the database (small, few, and then backed up and erased with the case).
CREATE TABLE attachment (
    id              uuid PRIMARY KEY,
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    student_id      uuid         NOT NULL REFERENCES student (id),
    file_name       varchar(255) NOT NULL,
    content_type    varchar(100) NOT NULL CHECK (content_type IN ('application/pdf',
                        'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
    size_bytes      integer      NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    content         bytea        NOT NULL,
    uploaded_by     varchar(100) NOT NULL,
    uploaded_at     timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX attachment_student_idx ON attachment (student_id, uploaded_at DESC);

ALTER TABLE timeline_entry DROP CONSTRAINT timeline_entry_kind_check;
ALTER TABLE timeline_entry ADD CONSTRAINT timeline_entry_kind_check CHECK (kind IN ('REFERRAL_ACCEPTED',
    'PHASE_CHANGED', 'INTENSITY_CHANGED', 'BROKER_ASSIGNED', 'CONTACT_LOGGED', 'INTAKE_UPDATED',
    'CHECKLIST_CHANGED', 'ATTACHMENT_ADDED'));

-- Full-text search over name, school and programme, accent-free ("ozdemir" finds "Özdemir").
-- A trigger keeps the text current however a row is written (API, referral hand-off, demo data).
ALTER TABLE student ADD COLUMN search_text text NOT NULL DEFAULT '';

CREATE FUNCTION student_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_text := lower(f_unaccent(concat_ws(' ', NEW.first_name, NEW.last_name,
        (SELECT name FROM school WHERE id = NEW.school_id),
        (SELECT name || ' ' || crebo_code FROM programme WHERE id = NEW.programme_id))));
    RETURN NEW;
END $$;
CREATE TRIGGER student_search_text_trg BEFORE INSERT OR UPDATE OF first_name, last_name, school_id, programme_id
    ON student FOR EACH ROW EXECUTE FUNCTION student_search_text();
UPDATE student SET first_name = first_name;

CREATE INDEX student_search_fts ON student USING gin (to_tsvector('simple', search_text));

-- Inlined by the planner, so the expression index above is used.
CREATE FUNCTION f_matches(doc text, query text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT to_tsvector('simple', doc) @@ to_tsquery('simple', query) $$;
