-- Issue 15: the list searches as the broker types, so its first requests are one or two letters ("d", "de"), which
-- at 100,000 students match 62,000-82,000 of them. V35's function counted and sorted every match for a page of 20:
-- 40-75 ms in the database. Such a page lies among the first students in name order, so the function now walks
-- them first (a bounded number) and counts only as far as the list shows (PageRequest.countLimit, "more than
-- 1,000", as the other lists do). A word few names share, or one whose names lie far along the order (a common
-- surname, "van ..."), does not fill the page within the walk and takes V35's way: every match, sorted, counted
-- exactly.
--
-- The search reads its own narrow copy of each student: the name order and the words, the words also inside the
-- order's index, so walking the names is an index-only scan (0.2 us a student instead of 6.5, two thirds of which
-- were to_tsvector over the student's text) and sorting every match reads 20 MB of rows instead of the student
-- table's 32. Kept by a trigger on student; derived from the audited student, so not audited itself; only these
-- functions read it (the application's role has no grant).
CREATE TABLE student_search (
    student_id      uuid PRIMARY KEY REFERENCES student (id) ON DELETE CASCADE,
    organisation_id uuid     NOT NULL,
    last_name       text     NOT NULL,
    first_name      text     NOT NULL,
    words           tsvector NOT NULL
);
INSERT INTO student_search (student_id, organisation_id, last_name, first_name, words)
SELECT id, organisation_id, last_name, first_name, to_tsvector('simple', search_text) FROM student;
CREATE INDEX student_search_order_idx ON student_search (organisation_id, last_name, first_name, student_id)
    INCLUDE (words);
CREATE INDEX student_search_words_idx ON student_search USING gin (words);
ALTER TABLE student_search ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON student_search
    USING ((SELECT app_scope_all()) OR organisation_id = ANY (CAST((SELECT app_scope_organisations()) AS uuid[])));
REVOKE ALL ON student_search FROM ${app_role};

-- SECURITY DEFINER: the application's role writes students but has no grant on their copy.
CREATE FUNCTION student_search_keep() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO student_search (student_id, organisation_id, last_name, first_name, words)
    VALUES (NEW.id, NEW.organisation_id, NEW.last_name, NEW.first_name, to_tsvector('simple', NEW.search_text))
    ON CONFLICT (student_id) DO UPDATE SET organisation_id = EXCLUDED.organisation_id, last_name = EXCLUDED.last_name,
                                           first_name = EXCLUDED.first_name, words = EXCLUDED.words;
    RETURN NULL;
END $$;
CREATE TRIGGER student_search_insert AFTER INSERT ON student FOR EACH ROW EXECUTE FUNCTION student_search_keep();
-- search_text is set by a BEFORE trigger when the school or programme changes, so it is compared, not listed.
CREATE TRIGGER student_search_update AFTER UPDATE ON student FOR EACH ROW
    WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text OR OLD.last_name IS DISTINCT FROM NEW.last_name
          OR OLD.first_name IS DISTINCT FROM NEW.first_name OR OLD.organisation_id IS DISTINCT FROM NEW.organisation_id)
    EXECUTE FUNCTION student_search_keep();

-- The search with other filters (V20) reads the copy too; the index on the student's own text goes.
CREATE OR REPLACE FUNCTION student_search_ids(p_organisation uuid, p_query text) RETURNS uuid[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT coalesce(array_agg(student_id), '{}') FROM student_search
     WHERE ((SELECT app_scope_all()) OR p_organisation = ANY (CAST((SELECT app_scope_organisations()) AS uuid[])))
       AND organisation_id = p_organisation
       AND words @@ to_tsquery('simple', p_query) $$;
DROP INDEX student_search_fts;

DROP FUNCTION student_search_page(uuid, text, integer, integer);
CREATE FUNCTION student_search_page(p_organisation uuid, p_query text, p_offset integer, p_limit integer,
                                    p_count_limit integer, p_walk_limit integer)
    RETURNS TABLE (id uuid, total bigint, exact boolean)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp SET plan_cache_mode = force_custom_plan AS $$
DECLARE
    query tsquery := to_tsquery('simple', p_query);
    hits integer := 0;
    page uuid[] := '{}';
    matches bigint;
    r record;
BEGIN
    IF NOT ((SELECT app_scope_all()) OR p_organisation = ANY (CAST((SELECT app_scope_organisations()) AS uuid[]))) THEN
        RETURN;
    END IF;
    -- A word most names share ("d", "de" as the broker starts typing): the page lies among the first students in
    -- name order, so walk p_walk_limit of them and count as far as the list shows.
    FOR r IN SELECT s.student_id, s.words @@ query AS hit FROM student_search s
              WHERE s.organisation_id = p_organisation ORDER BY s.last_name, s.first_name, s.student_id
              LIMIT p_walk_limit LOOP
        CONTINUE WHEN NOT r.hit;
        hits := hits + 1;
        CONTINUE WHEN hits <= p_offset;
        page := page || r.student_id;
        IF hits = p_offset + p_limit THEN
            SELECT count(*) INTO matches FROM (SELECT 1 FROM student_search s WHERE s.organisation_id = p_organisation
                AND s.words @@ query LIMIT p_count_limit + 1) m;
            RETURN QUERY SELECT u.id, least(matches, p_count_limit), matches <= p_count_limit
                FROM unnest(page) WITH ORDINALITY u(id, n) ORDER BY u.n;
            RETURN;
        END IF;
    END LOOP;
    -- Otherwise every match, counted and sorted, then the page. The OFFSET 0 keeps the sort outside: left to itself
    -- the planner would walk the name order here too, and a common surname ("van ...") lies far along it (365 ms).
    RETURN QUERY SELECT m.student_id, count(*) OVER (), true
        FROM (SELECT s.student_id, s.last_name, s.first_name FROM student_search s
               WHERE s.organisation_id = p_organisation AND s.words @@ query OFFSET 0) m
        ORDER BY m.last_name, m.first_name, m.student_id OFFSET p_offset LIMIT p_limit;
END $$;
REVOKE ALL ON FUNCTION student_search_page(uuid, text, integer, integer, integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION student_search_page(uuid, text, integer, integer, integer, integer) TO ${app_role};
ANALYZE student_search;
