-- Issue 15: the typed search with another of the list's filters ("d" and phase, school, programme, level or broker)
-- went through V20's student_search_ids: every match's id in an array (81,943 for "d" at 100,000 students), then
-- the students among them, 150-210 ms a request. The search's copy now also holds what the list filters on, so one
-- function answers every search, with or without filters, choosing as V42 does:
--   1. walk the first students in name order, checking the word and the filters on the copy's index alone;
--   2. otherwise every match that passes the filters, from the words' index and the filter's own index on the copy
--      together (a broker's own students, the intake: a few hundred rows read), sorted and counted exactly.
-- A page past the last one answers one row without an id, carrying the total, so the caller needs no second search.
ALTER TABLE student_search
    ADD COLUMN school_id       uuid,
    ADD COLUMN programme_id    uuid,
    ADD COLUMN phase           text,
    ADD COLUMN assigned_broker text;
UPDATE student_search c SET school_id = s.school_id, programme_id = s.programme_id, phase = s.phase,
                            assigned_broker = s.assigned_broker
  FROM student s WHERE s.id = c.student_id;
ALTER TABLE student_search ALTER COLUMN school_id SET NOT NULL, ALTER COLUMN phase SET NOT NULL;
DROP INDEX student_search_order_idx;
CREATE INDEX student_search_order_idx ON student_search (organisation_id, last_name, first_name, student_id)
    INCLUDE (words, school_id, programme_id, phase, assigned_broker);
CREATE INDEX student_search_school_idx ON student_search (organisation_id, school_id);
CREATE INDEX student_search_programme_idx ON student_search (organisation_id, programme_id);
CREATE INDEX student_search_phase_idx ON student_search (organisation_id, phase);
CREATE INDEX student_search_broker_idx ON student_search (organisation_id, assigned_broker);

CREATE OR REPLACE FUNCTION student_search_keep() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO student_search (student_id, organisation_id, last_name, first_name, words, school_id, programme_id,
                                phase, assigned_broker)
    VALUES (NEW.id, NEW.organisation_id, NEW.last_name, NEW.first_name, to_tsvector('simple', NEW.search_text),
            NEW.school_id, NEW.programme_id, NEW.phase, NEW.assigned_broker)
    ON CONFLICT (student_id) DO UPDATE SET organisation_id = EXCLUDED.organisation_id, last_name = EXCLUDED.last_name,
        first_name = EXCLUDED.first_name, words = EXCLUDED.words, school_id = EXCLUDED.school_id,
        programme_id = EXCLUDED.programme_id, phase = EXCLUDED.phase, assigned_broker = EXCLUDED.assigned_broker;
    RETURN NULL;
END $$;
DROP TRIGGER student_search_update ON student;
CREATE TRIGGER student_search_update AFTER UPDATE ON student FOR EACH ROW
    WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text OR OLD.last_name IS DISTINCT FROM NEW.last_name
          OR OLD.first_name IS DISTINCT FROM NEW.first_name OR OLD.organisation_id IS DISTINCT FROM NEW.organisation_id
          OR OLD.school_id IS DISTINCT FROM NEW.school_id OR OLD.programme_id IS DISTINCT FROM NEW.programme_id
          OR OLD.phase IS DISTINCT FROM NEW.phase OR OLD.assigned_broker IS DISTINCT FROM NEW.assigned_broker)
    EXECUTE FUNCTION student_search_keep();

DROP FUNCTION student_search_ids(uuid, text);
DROP FUNCTION student_search_page(uuid, text, integer, integer, integer, integer);
CREATE FUNCTION student_search_page(p_organisation uuid, p_query text, p_school uuid, p_programme uuid,
                                    p_level integer, p_phase text, p_broker text, p_offset integer, p_limit integer,
                                    p_count_limit integer, p_walk_limit integer)
    RETURNS TABLE (id uuid, total bigint, exact boolean)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    query tsquery := to_tsquery('simple', p_query);
    levels uuid[];
    -- The filters present, as one condition on the copy's row c; the parameters are those of every EXECUTE below.
    filters text := concat(CASE WHEN p_school IS NOT NULL THEN ' AND c.school_id = $3' END,
                           CASE WHEN p_programme IS NOT NULL THEN ' AND c.programme_id = $4' END,
                           CASE WHEN p_level IS NOT NULL THEN ' AND c.programme_id = ANY ($5)' END,
                           CASE WHEN p_phase IS NOT NULL THEN ' AND c.phase = $6' END,
                           CASE WHEN p_broker IS NOT NULL THEN ' AND c.assigned_broker = $7' END);
    -- The organisation's students that match the word and pass the filters.
    matching text := 'c.organisation_id = $1 AND c.words @@ $2' || filters;
    hits integer := 0;
    page uuid[] := '{}';
    matches bigint;
    r record;
BEGIN
    IF NOT ((SELECT app_scope_all()) OR p_organisation = ANY (CAST((SELECT app_scope_organisations()) AS uuid[]))) THEN
        RETURN;
    END IF;
    IF p_level IS NOT NULL THEN
        SELECT coalesce(array_agg(p.id), '{}') INTO levels FROM programme p WHERE p.level = p_level;
    END IF;
    -- 1. A word most names share ("d", "de" as the broker starts typing) and a filter many students pass: the page
    --    lies among the first students in name order; count as far as the list shows.
    FOR r IN EXECUTE 'SELECT c.student_id, c.words @@ $2' || filters || ' AS hit FROM student_search c
                       WHERE c.organisation_id = $1 ORDER BY c.last_name, c.first_name, c.student_id LIMIT $8'
             USING p_organisation, query, p_school, p_programme, levels, p_phase, p_broker, p_walk_limit LOOP
        -- NULL when a filtered column is (a student without a programme or broker): not a hit.
        CONTINUE WHEN r.hit IS NOT TRUE;
        hits := hits + 1;
        CONTINUE WHEN hits <= p_offset;
        page := page || r.student_id;
        IF hits = p_offset + p_limit THEN
            EXECUTE 'SELECT count(*) FROM (SELECT 1 FROM student_search c WHERE ' || matching || ' LIMIT $8) m'
                INTO matches USING p_organisation, query, p_school, p_programme, levels, p_phase, p_broker, p_count_limit + 1;
            RETURN QUERY SELECT u.id, least(matches, p_count_limit), matches <= p_count_limit
                FROM unnest(page) WITH ORDINALITY u(id, n) ORDER BY u.n;
            RETURN;
        END IF;
    END LOOP;
    -- 2. Every match, counted and sorted, then the page. The OFFSET 0 keeps the sort outside: left to itself the
    --    planner would walk the name order here too, and a common surname ("van ...") lies far along it (365 ms).
    RETURN QUERY EXECUTE 'SELECT m.student_id, count(*) OVER (), true
        FROM (SELECT c.student_id, c.last_name, c.first_name FROM student_search c WHERE ' || matching || ' OFFSET 0) m
        ORDER BY m.last_name, m.first_name, m.student_id OFFSET $8 LIMIT $9'
        USING p_organisation, query, p_school, p_programme, levels, p_phase, p_broker, p_offset, p_limit;
    IF NOT FOUND AND p_offset > 0 THEN
        RETURN QUERY EXECUTE 'SELECT NULL::uuid, count(*), true FROM student_search c WHERE ' || matching
            USING p_organisation, query, p_school, p_programme, levels, p_phase, p_broker;
    END IF;
END $$;
REVOKE ALL ON FUNCTION student_search_page(uuid, text, uuid, uuid, integer, text, text, integer, integer, integer,
                                           integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION student_search_page(uuid, text, uuid, uuid, integer, text, text, integer, integer, integer,
                                              integer) TO ${app_role};
ANALYZE student_search;
