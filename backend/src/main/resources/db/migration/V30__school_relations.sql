-- The municipal desk (issue 17): the loop with schools. For each school an organisation serves: its placement
-- coordinators (the contact persons there) and the agreements made with it (who does what).
CREATE TABLE school_relation (
    id              uuid PRIMARY KEY,
    organisation_id uuid          NOT NULL REFERENCES organisation (id),
    school_id       uuid          NOT NULL REFERENCES school (id),
    agreements      varchar(2000),
    version         integer       NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL,
    created_by      varchar(100)  NOT NULL,
    updated_at      timestamptz   NOT NULL,
    updated_by      varchar(100)  NOT NULL,
    UNIQUE (organisation_id, school_id)
);
CREATE INDEX school_relation_school_idx ON school_relation (school_id);

CREATE TABLE school_coordinator (
    id              uuid PRIMARY KEY,
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    relation_id     uuid         NOT NULL REFERENCES school_relation (id) ON DELETE CASCADE,
    position        integer      NOT NULL,
    name            varchar(150) NOT NULL CHECK (btrim(name) <> ''),
    role            varchar(100),
    email           varchar(254),
    phone           varchar(20)
);
CREATE INDEX school_coordinator_relation_idx ON school_coordinator (relation_id, position);

ALTER TABLE school_relation ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON school_relation
    USING ((SELECT app_scope_all()) OR organisation_id = ANY (CAST((SELECT app_scope_organisations()) AS uuid[])));
ALTER TABLE school_coordinator ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON school_coordinator
    USING ((SELECT app_scope_all()) OR organisation_id = ANY (CAST((SELECT app_scope_organisations()) AS uuid[])));
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON school_relation FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON school_coordinator FOR EACH ROW EXECUTE FUNCTION audit_row('position');

-- The overview per school counts a desk's students by school.
CREATE INDEX student_school_idx ON student (organisation_id, school_id, phase);
