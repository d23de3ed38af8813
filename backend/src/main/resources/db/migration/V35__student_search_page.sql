-- Issue 15: a name search answered its page by running the full-text search twice (count and page) and reading
-- every match through the primary key to sort them (a common surname: 1,500 matches). For the list's most common
-- use — search and nothing else — this function returns one page of matches in the list's order with the number
-- of matches, so the request reads only that page's students. Same scope check as student_search_ids (V20).
CREATE FUNCTION student_search_page(p_organisation uuid, p_query text, p_offset integer, p_limit integer)
    RETURNS TABLE (id uuid, total bigint)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT s.id, count(*) OVER () FROM student s
     WHERE ((SELECT app_scope_all()) OR p_organisation = ANY (CAST((SELECT app_scope_organisations()) AS uuid[])))
       AND s.organisation_id = p_organisation
       AND to_tsvector('simple', s.search_text) @@ to_tsquery('simple', p_query)
     ORDER BY s.last_name, s.first_name, s.id
    OFFSET p_offset LIMIT p_limit $$;
REVOKE ALL ON FUNCTION student_search_page(uuid, text, integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION student_search_page(uuid, text, integer, integer) TO ${app_role};
