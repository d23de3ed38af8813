-- Privacy and trust: the database itself records every change, keeps that trail append-only, and refuses
-- rows of other organisations even when a query forgets its filter.
--
-- The application connects as ${app_role}: not the owner of these tables and not a superuser, so row-level
-- security applies to it. Migrations run as the owner. For each connection it takes from the pool the
-- backend calls app_enter(...) with the caller from the token (see security/TenantSession.java).

-- ---- The application's role -----------------------------------------------------------------------
GRANT USAGE ON SCHEMA public TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app_role};
REVOKE ALL ON flyway_schema_history FROM ${app_role};

-- ---- The caller of this connection ----------------------------------------------------------------
-- Settings, not parameters, so that policies and triggers can read them: app.all ('on' for work without
-- a caller: start-up, scheduled jobs), app.organisations (the organisations whose rows are visible),
-- app.actor and app.role (who writes, for the trail).
CREATE FUNCTION app_enter(p_all boolean, p_organisation uuid, p_school uuid, p_employer uuid,
                          p_actor text, p_role text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    orgs uuid[];
BEGIN
    -- A mentor's school is served by one or more organisations; an employer belongs to one. Looked up as
    -- the owner (SECURITY DEFINER) because the caller cannot see these rows before its scope is set.
    SELECT coalesce(array_agg(DISTINCT o), '{}') INTO orgs FROM (
        SELECT p_organisation AS o WHERE p_organisation IS NOT NULL
        UNION SELECT organisation_id FROM organisation_school WHERE school_id = p_school
        UNION SELECT organisation_id FROM employer WHERE id = p_employer) s;
    PERFORM set_config('app.all', CASE WHEN p_all THEN 'on' ELSE 'off' END, false);
    PERFORM set_config('app.organisations', orgs::text, false);
    PERFORM set_config('app.actor', coalesce(p_actor, ''), false);
    PERFORM set_config('app.role', coalesce(p_role, ''), false);
END $$;
REVOKE ALL ON FUNCTION app_enter(boolean, uuid, uuid, uuid, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_enter(boolean, uuid, uuid, uuid, text, text) TO ${app_role};

CREATE FUNCTION app_scope_all() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('app.all', true), '') = 'on' $$;
CREATE FUNCTION app_scope_organisations() RETURNS uuid[] LANGUAGE sql STABLE AS $$
    SELECT coalesce(nullif(current_setting('app.organisations', true), ''), '{}')::uuid[] $$;

-- ---- Row-level security on every table that belongs to an organisation -----------------------------
-- The functions sit in scalar subqueries so that PostgreSQL evaluates them once per query, not per row.
DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT c.table_name FROM information_schema.columns c
             JOIN information_schema.tables tb USING (table_schema, table_name)
             WHERE c.table_schema = 'public' AND c.column_name = 'organisation_id' AND tb.table_type = 'BASE TABLE'
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant ON %I USING ((SELECT app_scope_all()) '
                       || 'OR organisation_id = ANY (CAST((SELECT app_scope_organisations()) AS uuid[])))', t);
    END LOOP;
END $$;
ALTER TABLE organisation ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON organisation
    USING ((SELECT app_scope_all()) OR id = ANY (CAST((SELECT app_scope_organisations()) AS uuid[])));

-- ---- The audit trail ------------------------------------------------------------------------------
ALTER TABLE audit_event ALTER COLUMN entity_id DROP NOT NULL;
ALTER TABLE audit_event ALTER COLUMN action TYPE varchar(40);
ALTER TABLE audit_event
    ADD COLUMN actor_role varchar(20),
    ADD COLUMN student_id uuid,
    -- Per field: {"old": …, "new": …} where the value may be kept, {} where only the fact is (text a
    -- person wrote, names, contact details): a trail that does not become a second copy of the file.
    ADD COLUMN changes    jsonb;
CREATE INDEX audit_event_organisation_idx ON audit_event (organisation_id, occurred_at DESC, id DESC);
CREATE INDEX audit_event_student_idx ON audit_event (student_id, occurred_at DESC) WHERE student_id IS NOT NULL;
CREATE INDEX audit_event_actor_idx ON audit_event (organisation_id, actor, occurred_at DESC);

-- Append-only: the application may add and read, never change or remove; not even the owner may.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ${app_role};
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER append_only_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

-- One trigger function for every audited table. Its arguments name the columns whose old and new values
-- may be kept; for every other column only that it changed. Identifiers (id, *_id) are always kept.
CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
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
                            'search_text', 'city_key', 'content', 'last_seen_at');
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

-- Which values a table's trail may keep: status words, dates, numbers and flags; never free text, names or
-- contact details (the date of birth neither). New columns start as "changed" only until listed here.
DO $$
DECLARE
    t text;
    cols text;
BEGIN
    FOR t IN SELECT tb.table_name FROM information_schema.tables tb
             WHERE tb.table_schema = 'public' AND tb.table_type = 'BASE TABLE'
               AND (tb.table_name = 'organisation' OR EXISTS (
                    SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'public'
                      AND c.table_name = tb.table_name AND c.column_name = 'organisation_id'))
               AND tb.table_name NOT IN ('audit_event', 'timeline_entry', 'setting_change')
    LOOP
        SELECT string_agg(quote_literal(c.column_name), ', ') INTO cols
        FROM information_schema.columns c
        WHERE c.table_schema = 'public' AND c.table_name = t
          AND c.column_name NOT IN ('date_of_birth', 'student_date_of_birth')
          AND (c.data_type IN ('integer', 'smallint', 'bigint', 'numeric', 'boolean', 'date',
                               'timestamp with time zone', 'uuid')
               OR c.column_name ~ '(^|_)(status|phase|kind|outcome|channel|intensity|level|party|moment|type|signal|purpose|role|result|relation|size|search_duration|ended_by|end_reason|sbb_status|support_openness|item|setting|assigned_broker|by)$');
        EXECUTE format('CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW '
                       || 'EXECUTE FUNCTION audit_row(%s)', t, coalesce(cols, ''));
    END LOOP;
END $$;
