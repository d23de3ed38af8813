-- Issue 15, performance at scale (100,000 students and a million contacts in one organisation; docs/performance.md).
--
-- ---- The student search uses its full-text index again --------------------------------------------------
-- Under row-level security PostgreSQL applies an index condition before the policy only when its operator is
-- leakproof; the full-text match (@@) is not, so a name search read every student of the organisation and
-- filtered them one by one (EXPLAIN ANALYZE at 100,000 students: ~700 ms). This function looks up the matches as
-- the owner, with the same scope the policy enforces checked first, and returns their ids; the list then fetches
-- those ids through the primary key (= ANY on uuid is leakproof), under the policy as before.
CREATE FUNCTION student_search_ids(p_organisation uuid, p_query text) RETURNS uuid[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce(array_agg(id), '{}') FROM student
     WHERE ((SELECT app_scope_all()) OR p_organisation = ANY (CAST((SELECT app_scope_organisations()) AS uuid[])))
       AND organisation_id = p_organisation
       AND to_tsvector('simple', search_text) @@ to_tsquery('simple', p_query) $$;
REVOKE ALL ON FUNCTION student_search_ids(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION student_search_ids(uuid, text) TO ${app_role};

-- The intake's needs are a comma-separated list of Need names; the database refuses anything else (the data
-- generator once wrote an unknown name and the matching of that student failed).
ALTER TABLE intake ADD CONSTRAINT intake_needs_check CHECK (needs = '' OR needs ~ ('^(APPLICATION_SKILLS|SOCIAL_SKILLS|'
    || 'SELF_INSIGHT|MOTIVATION|SELF_CONFIDENCE|LANGUAGE|HOME_SITUATION|STUDY_CHOICE|NETWORK|SUSPECTED_DISCRIMINATION|OTHER)'
    || '(,(APPLICATION_SKILLS|SOCIAL_SKILLS|SELF_INSIGHT|MOTIVATION|SELF_CONFIDENCE|LANGUAGE|HOME_SITUATION|STUDY_CHOICE|'
    || 'NETWORK|SUSPECTED_DISCRIMINATION|OTHER))*$'));


-- ---- The dashboard's quiet students from a column, not from an aggregate over every contact ----------------
-- "No contact for N days" was max(contact.occurred_at) per open student: at 100,000 students and a million
-- contacts the lead's dashboard spent 660 ms on it. The database keeps each student's last contact instead.
-- The trail leaves the derived column out (as it does search columns): the contact is its own audited row.
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
        CONTINUE WHEN k IN ('version', 'created_at', 'created_by', 'updated_at', 'updated_by', 'search_name',
                            'search_text', 'city_key', 'content', 'last_seen_at',
                            'last_contact_at');
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


ALTER TABLE student ADD COLUMN last_contact_at timestamptz;
UPDATE student s SET last_contact_at = c.last FROM (SELECT student_id, max(occurred_at) AS last FROM contact
                                                    WHERE student_id IS NOT NULL GROUP BY student_id) c
 WHERE c.student_id = s.id;
CREATE INDEX student_quiet_idx ON student (organisation_id, last_contact_at NULLS FIRST) WHERE phase <> 'CLOSED';

CREATE FUNCTION student_last_contact() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.student_id IS NOT NULL THEN
        UPDATE student SET last_contact_at = (SELECT max(occurred_at) FROM contact WHERE student_id = OLD.student_id)
         WHERE id = OLD.student_id;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.student_id IS NOT NULL THEN
        UPDATE student SET last_contact_at = NEW.occurred_at
         WHERE id = NEW.student_id AND (last_contact_at IS NULL OR last_contact_at < NEW.occurred_at);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER student_last_contact AFTER INSERT OR DELETE OR UPDATE OF occurred_at, student_id ON contact
    FOR EACH ROW EXECUTE FUNCTION student_last_contact();

-- ---- Indexes for the dashboard's lists at scale -----------------------------------------------------------
-- Internships with a concern ever reported (the at-risk list starts from these, not from every running one).
CREATE INDEX check_in_concern_idx ON check_in (organisation_id, placement_id) WHERE signal <> 'OK';
-- Internships that ended recently (the missing "after" self-assessments).
CREATE INDEX placement_org_ended_idx ON placement (organisation_id, end_date) WHERE status IN ('COMPLETED', 'ENDED_EARLY');
