-- Issue 15: the list searches as the broker types, so its first requests are one or two letters ("d", "de"), which
-- at 100,000 students match 77,000-82,000 of them. V35's function counted and sorted every match for a page of 20:
-- 40-75 ms in the database. Such a page lies among the first students in name order, so the function now walks
-- them first (a bounded number) and counts only as far as the list shows (PageRequest.countLimit, "more than
-- 1,000", as the other lists do). A word few names share, or one whose names lie far along the order (a common
-- surname, "van ..."), does not fill the page within the walk and takes V35's way: every match, sorted, counted
-- exactly.
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
    FOR r IN SELECT s.id, to_tsvector('simple', s.search_text) @@ query AS hit FROM student s
              WHERE s.organisation_id = p_organisation ORDER BY s.last_name, s.first_name, s.id
              LIMIT p_walk_limit LOOP
        CONTINUE WHEN NOT r.hit;
        hits := hits + 1;
        CONTINUE WHEN hits <= p_offset;
        page := page || r.id;
        IF hits = p_offset + p_limit THEN
            SELECT count(*) INTO matches FROM (SELECT 1 FROM student s WHERE s.organisation_id = p_organisation
                AND to_tsvector('simple', s.search_text) @@ query LIMIT p_count_limit + 1) m;
            RETURN QUERY SELECT u.id, least(matches, p_count_limit), matches <= p_count_limit
                FROM unnest(page) WITH ORDINALITY u(id, n) ORDER BY u.n;
            RETURN;
        END IF;
    END LOOP;
    -- Otherwise every match, counted and sorted, then the page. The OFFSET 0 keeps the sort outside: left to itself
    -- the planner would walk the name index here too, and a common surname ("van ...") lies far along it (365 ms).
    RETURN QUERY SELECT m.id, count(*) OVER (), true
        FROM (SELECT s.id, s.last_name, s.first_name FROM student s
               WHERE s.organisation_id = p_organisation AND to_tsvector('simple', s.search_text) @@ query OFFSET 0) m
        ORDER BY m.last_name, m.first_name, m.id OFFSET p_offset LIMIT p_limit;
END $$;
REVOKE ALL ON FUNCTION student_search_page(uuid, text, integer, integer, integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION student_search_page(uuid, text, integer, integer, integer, integer) TO ${app_role};
