-- Survey answers had their response's wall (V19): a policy that looked up the response for every answer read.
-- The programme report reads every answer of a year (65,000 at 10,000 students) and spent 0.2 s per figure in
-- those look-ups. The answer now carries its organisation, held equal to its response's by a foreign key, and
-- gets the same wall as every other table. Its trail stays the response's (audited on insert with the student).
ALTER TABLE survey_response ADD CONSTRAINT survey_response_id_organisation_key UNIQUE (id, organisation_id);
ALTER TABLE survey_answer ADD COLUMN organisation_id uuid;
UPDATE survey_answer a SET organisation_id = r.organisation_id FROM survey_response r WHERE r.id = a.response_id;
ALTER TABLE survey_answer ALTER COLUMN organisation_id SET NOT NULL,
    ADD CONSTRAINT survey_answer_response_organisation_fkey FOREIGN KEY (response_id, organisation_id)
        REFERENCES survey_response (id, organisation_id);
-- The report counts the answers to a few statements: read from the index alone (organisation for the wall).
DROP INDEX survey_answer_code_idx;
CREATE INDEX survey_answer_code_idx ON survey_answer (item_code, response_id) INCLUDE (organisation_id, scale_value, choice);
DROP POLICY tenant ON survey_answer;
CREATE POLICY tenant ON survey_answer
    USING ((SELECT app_scope_all()) OR organisation_id = ANY (CAST((SELECT app_scope_organisations()) AS uuid[])));

-- Contacts per student and the minutes they took, kept beside last_contact_at by the same trigger: the report's
-- buckets (figure 2.5) and time per outcome summed every contact of the organisation per request (70 ms of
-- 100,000 contacts at 10,000 students). Like last_contact_at, not part of the entity and not audited.
ALTER TABLE student ADD COLUMN contact_count integer NOT NULL DEFAULT 0 CHECK (contact_count >= 0),
                    ADD COLUMN contact_minutes integer NOT NULL DEFAULT 0 CHECK (contact_minutes >= 0);
UPDATE student s SET contact_count = c.n, contact_minutes = c.m
  FROM (SELECT student_id, count(*) AS n, sum(minutes) AS m FROM contact WHERE student_id IS NOT NULL GROUP BY student_id) c
 WHERE c.student_id = s.id;

-- The columns the trail leaves out (bookkeeping, search columns, figures the database derives from audited
-- rows), in one function of their own, so that the next derived column changes this list and not audit_row.
CREATE FUNCTION audit_unaudited_columns() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY['version', 'created_at', 'created_by', 'updated_at', 'updated_by', 'search_name', 'search_text',
                 'city_key', 'content', 'last_seen_at', 'last_contact_at', 'contact_count', 'contact_minutes'] $$;
CREATE OR REPLACE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    o jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    n jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    r jsonb := coalesce(n, o);
    diff jsonb := '{}';
    k text;
    student uuid;
    org uuid;
BEGIN
    FOR k IN SELECT jsonb_object_keys(r) LOOP
        CONTINUE WHEN k = ANY (audit_unaudited_columns());
        CONTINUE WHEN (o -> k) IS NOT DISTINCT FROM (n -> k);
        CONTINUE WHEN TG_OP = 'INSERT' AND jsonb_typeof(n -> k) = 'null';
        IF k = 'id' OR k LIKE '%\_id' OR k = ANY (TG_ARGV) THEN
            diff := diff || jsonb_build_object(k, jsonb_strip_nulls(jsonb_build_object('old', o -> k, 'new', n -> k)));
        ELSE
            diff := diff || jsonb_build_object(k, '{}'::jsonb);
        END IF;
    END LOOP;
    IF TG_OP = 'UPDATE' AND diff = '{}' THEN
        RETURN NULL;
    END IF;
    org := CASE WHEN TG_TABLE_NAME = 'organisation' THEN (r ->> 'id')::uuid ELSE (r ->> 'organisation_id')::uuid END;
    student := CASE WHEN TG_TABLE_NAME = 'student' THEN (r ->> 'id')::uuid ELSE (r ->> 'student_id')::uuid END;
    IF student IS NULL AND r ? 'placement_id' THEN
        SELECT p.student_id INTO student FROM placement p WHERE p.id = (r ->> 'placement_id')::uuid;
    END IF;
    INSERT INTO audit_event (organisation_id, actor, actor_role, action, entity_type, entity_id, student_id,
                             changes, occurred_at)
    VALUES (org, coalesce(nullif(current_setting('app.actor', true), ''), 'system'),
            nullif(current_setting('app.role', true), ''), TG_OP, TG_TABLE_NAME,
            CASE WHEN r ->> 'id' ~ '^[0-9a-f]{8}-' THEN (r ->> 'id')::uuid
                 WHEN TG_TABLE_NAME IN ('intake', 'preparation_item') THEN student END,
            student, diff, now());
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION student_last_contact() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.student_id IS NOT NULL THEN
        UPDATE student SET last_contact_at = (SELECT max(occurred_at) FROM contact WHERE student_id = OLD.student_id),
                           contact_count = contact_count - 1, contact_minutes = contact_minutes - OLD.minutes
         WHERE id = OLD.student_id;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.student_id IS NOT NULL THEN
        UPDATE student SET last_contact_at = greatest(last_contact_at, NEW.occurred_at),
                           contact_count = contact_count + 1, contact_minutes = contact_minutes + NEW.minutes
         WHERE id = NEW.student_id;
    END IF;
    RETURN NULL;
END $$;
DROP TRIGGER student_last_contact ON contact;
CREATE TRIGGER student_last_contact AFTER INSERT OR DELETE OR UPDATE OF occurred_at, student_id, minutes ON contact
    FOR EACH ROW EXECUTE FUNCTION student_last_contact();
