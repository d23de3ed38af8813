-- Foundation schema: organisations (broker desks), schools, programmes, students, employers.
-- Every tenant-owned table carries organisation_id; constraints live here, not only in Java.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is STABLE; an IMMUTABLE wrapper lets generated columns and indexes use it.
CREATE FUNCTION f_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

CREATE TABLE organisation (
    id                         uuid PRIMARY KEY,
    name                       varchar(200) NOT NULL,
    kind                       varchar(20)  NOT NULL CHECK (kind IN ('MUNICIPAL_DESK', 'SCHOOL_BASED')),
    default_guidance_intensity varchar(20)  NOT NULL CHECK (default_guidance_intensity IN ('PLACEMENT_ONLY', 'INTENSIVE')),
    capacity_hours_per_week    integer      NOT NULL CHECK (capacity_hours_per_week BETWEEN 0 AND 1000),
    created_at                 timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE school (
    id   uuid PRIMARY KEY,
    name varchar(200) NOT NULL,
    city varchar(100)
);

-- Which broker organisations serve which school (a municipal desk serves several).
CREATE TABLE organisation_school (
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    school_id       uuid NOT NULL REFERENCES school (id),
    PRIMARY KEY (organisation_id, school_id)
);
CREATE INDEX organisation_school_school_idx ON organisation_school (school_id);

CREATE TABLE programme (
    id         uuid PRIMARY KEY,
    name       varchar(200) NOT NULL,
    crebo_code varchar(5)   NOT NULL CHECK (crebo_code ~ '^[0-9]{5}$'),
    level      integer      NOT NULL CHECK (level BETWEEN 1 AND 4),
    pathway    varchar(3)   NOT NULL CHECK (pathway IN ('BOL', 'BBL')),
    UNIQUE (crebo_code, pathway)
);

CREATE TABLE student (
    id                 uuid PRIMARY KEY,
    organisation_id    uuid         NOT NULL REFERENCES organisation (id),
    first_name         varchar(100) NOT NULL CHECK (btrim(first_name) <> ''),
    last_name          varchar(100) NOT NULL CHECK (btrim(last_name) <> ''),
    date_of_birth      date         NOT NULL CHECK (date_of_birth > DATE '1900-01-01'),
    email              varchar(254),
    phone              varchar(30),
    school_id          uuid         NOT NULL REFERENCES school (id),
    programme_id       uuid         REFERENCES programme (id),
    phase              varchar(20)  NOT NULL DEFAULT 'INTAKE'
        CHECK (phase IN ('INTAKE', 'PREPARATION', 'MATCHING', 'PLACED', 'IN_INTERNSHIP', 'CLOSED')),
    guidance_intensity varchar(20)  NOT NULL CHECK (guidance_intensity IN ('PLACEMENT_ONLY', 'INTENSIVE')),
    search_name        text GENERATED ALWAYS AS (lower(f_unaccent(first_name || ' ' || last_name))) STORED,
    version            integer      NOT NULL DEFAULT 0,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    created_by         varchar(100) NOT NULL,
    updated_at         timestamptz  NOT NULL DEFAULT now(),
    updated_by         varchar(100) NOT NULL
);
-- One index per filter the list offers; the organisation leads every one because every query is scoped.
CREATE INDEX student_org_name_idx      ON student (organisation_id, last_name, first_name);
CREATE INDEX student_org_school_idx    ON student (organisation_id, school_id);
CREATE INDEX student_org_programme_idx ON student (organisation_id, programme_id);
CREATE INDEX student_org_phase_idx     ON student (organisation_id, phase);
CREATE INDEX student_search_name_trgm  ON student USING gin (search_name gin_trgm_ops);

CREATE TABLE employer (
    id              uuid PRIMARY KEY,
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    name            varchar(200) NOT NULL CHECK (btrim(name) <> ''),
    kvk_number      varchar(8)     CHECK (kvk_number ~ '^[0-9]{8}$'),
    city            varchar(100),
    website         varchar(300),
    email           varchar(254),
    phone           varchar(30),
    search_name     text GENERATED ALWAYS AS (lower(f_unaccent(name))) STORED,
    version         integer      NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    created_by      varchar(100) NOT NULL,
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    updated_by      varchar(100) NOT NULL,
    CONSTRAINT employer_kvk_unique UNIQUE (organisation_id, kvk_number)
);
CREATE INDEX employer_org_name_idx    ON employer (organisation_id, name);
CREATE INDEX employer_org_city_idx    ON employer (organisation_id, lower(city));
CREATE INDEX employer_search_name_trgm ON employer USING gin (search_name gin_trgm_ops);

CREATE TABLE contact_person (
    id          uuid PRIMARY KEY,
    employer_id uuid         NOT NULL REFERENCES employer (id) ON DELETE CASCADE,
    position    integer      NOT NULL,
    name        varchar(150) NOT NULL CHECK (btrim(name) <> ''),
    role        varchar(100),
    email       varchar(254),
    phone       varchar(30)
);
CREATE INDEX contact_person_employer_idx ON contact_person (employer_id, position);

-- Who changed what: one row per write, in the same transaction as the write.
CREATE TABLE audit_event (
    id              bigserial PRIMARY KEY,
    organisation_id uuid         REFERENCES organisation (id),
    actor           varchar(100) NOT NULL,
    action          varchar(40)  NOT NULL,
    entity_type     varchar(40)  NOT NULL,
    entity_id       uuid         NOT NULL,
    occurred_at     timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, occurred_at);
