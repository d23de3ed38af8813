-- Matching scores every open place for one student. It counted, on every request, each employer's completed and
-- early-ended internships and each place's filled seats from all the organisation's placements (at 100,000
-- students 75,000 placements: 40 of 130 ms), then joined 50,000 places to their employers (another 20 ms;
-- EXPLAIN ANALYZE in docs/performance.md). The counts are now kept by a trigger on placement, like the student's
-- contact_count (V21), and each place carries a copy of its employer's figures, so matching reads one table.
-- All derived from audited rows: not part of the entities and not audited themselves.
-- First, so that filling the new columns below leaves no trail.
CREATE OR REPLACE FUNCTION audit_unaudited_columns() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY['version', 'created_at', 'created_by', 'updated_at', 'updated_by', 'search_name', 'search_text',
                 'city_key', 'content', 'last_seen_at', 'last_contact_at', 'contact_count', 'contact_minutes',
                 'completed_placements', 'ended_early_placements', 'filled_placements', 'employer_completed',
                 'employer_ended_early', 'employer_warm', 'employer_support_openness'] $$;

ALTER TABLE employer ADD COLUMN completed_placements integer NOT NULL DEFAULT 0 CHECK (completed_placements >= 0),
                     ADD COLUMN ended_early_placements integer NOT NULL DEFAULT 0 CHECK (ended_early_placements >= 0);
ALTER TABLE internship_place ADD COLUMN filled_placements integer NOT NULL DEFAULT 0 CHECK (filled_placements >= 0);

UPDATE employer e SET completed_placements = c.completed, ended_early_placements = c.ended
  FROM (SELECT employer_id, count(*) FILTER (WHERE status = 'COMPLETED') AS completed,
               count(*) FILTER (WHERE status = 'ENDED_EARLY') AS ended
          FROM placement WHERE status IN ('COMPLETED', 'ENDED_EARLY') GROUP BY employer_id) c
 WHERE c.employer_id = e.id;
UPDATE internship_place p SET filled_placements = c.n
  FROM (SELECT place_id, count(*) AS n FROM placement
         WHERE place_id IS NOT NULL AND status IN ('ACCEPTED', 'ACTIVE', 'COMPLETED') GROUP BY place_id) c
 WHERE c.place_id = p.id;

-- A seat is filled by an accepted, running or completed placement (as PlaceView counts it).
CREATE FUNCTION placement_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        IF OLD.status IN ('COMPLETED', 'ENDED_EARLY') THEN
            UPDATE employer SET completed_placements = completed_placements - (OLD.status = 'COMPLETED')::int,
                                ended_early_placements = ended_early_placements - (OLD.status = 'ENDED_EARLY')::int
             WHERE id = OLD.employer_id;
        END IF;
        IF OLD.place_id IS NOT NULL AND OLD.status IN ('ACCEPTED', 'ACTIVE', 'COMPLETED') THEN
            UPDATE internship_place SET filled_placements = filled_placements - 1 WHERE id = OLD.place_id;
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        IF NEW.status IN ('COMPLETED', 'ENDED_EARLY') THEN
            UPDATE employer SET completed_placements = completed_placements + (NEW.status = 'COMPLETED')::int,
                                ended_early_placements = ended_early_placements + (NEW.status = 'ENDED_EARLY')::int
             WHERE id = NEW.employer_id;
        END IF;
        IF NEW.place_id IS NOT NULL AND NEW.status IN ('ACCEPTED', 'ACTIVE', 'COMPLETED') THEN
            UPDATE internship_place SET filled_placements = filled_placements + 1 WHERE id = NEW.place_id;
        END IF;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER placement_counts AFTER INSERT OR DELETE ON placement
    FOR EACH ROW EXECUTE FUNCTION placement_counts();
-- Hibernate writes every column on each update: only a change that moves a count runs the function.
CREATE TRIGGER placement_counts_update AFTER UPDATE ON placement
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.employer_id IS DISTINCT FROM NEW.employer_id
                       OR OLD.place_id IS DISTINCT FROM NEW.place_id)
    EXECUTE FUNCTION placement_counts();

-- The employer's figures on each of its places: copied when a place is made or moves to another employer, and
-- again on all its places when the figures change (an employer has a handful of places).
ALTER TABLE internship_place
    ADD COLUMN employer_completed integer NOT NULL DEFAULT 0,
    ADD COLUMN employer_ended_early integer NOT NULL DEFAULT 0,
    ADD COLUMN employer_warm boolean NOT NULL DEFAULT false,
    ADD COLUMN employer_support_openness varchar(10) NOT NULL DEFAULT 'UNKNOWN'
        CHECK (employer_support_openness IN ('YES', 'NO', 'UNKNOWN'));
UPDATE internship_place p
   SET employer_completed = e.completed_placements, employer_ended_early = e.ended_early_placements,
       employer_warm = e.owner_broker IS NOT NULL, employer_support_openness = e.support_openness
  FROM employer e WHERE e.id = p.employer_id;

CREATE FUNCTION place_employer_figures() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    e employer%ROWTYPE;
BEGIN
    SELECT * INTO e FROM employer WHERE id = NEW.employer_id;
    IF FOUND THEN
        NEW.employer_completed := e.completed_placements;
        NEW.employer_ended_early := e.ended_early_placements;
        NEW.employer_warm := e.owner_broker IS NOT NULL;
        NEW.employer_support_openness := e.support_openness;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER place_employer_figures BEFORE INSERT ON internship_place
    FOR EACH ROW EXECUTE FUNCTION place_employer_figures();
CREATE TRIGGER place_employer_figures_update BEFORE UPDATE ON internship_place
    FOR EACH ROW WHEN (OLD.employer_id IS DISTINCT FROM NEW.employer_id) EXECUTE FUNCTION place_employer_figures();

CREATE FUNCTION employer_place_figures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE internship_place
       SET employer_completed = NEW.completed_placements, employer_ended_early = NEW.ended_early_placements,
           employer_warm = NEW.owner_broker IS NOT NULL, employer_support_openness = NEW.support_openness
     WHERE employer_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER employer_place_figures AFTER UPDATE ON employer
    FOR EACH ROW WHEN (OLD.completed_placements IS DISTINCT FROM NEW.completed_placements
                       OR OLD.ended_early_placements IS DISTINCT FROM NEW.ended_early_placements
                       OR (OLD.owner_broker IS NULL) <> (NEW.owner_broker IS NULL)
                       OR OLD.support_openness IS DISTINCT FROM NEW.support_openness)
    EXECUTE FUNCTION employer_place_figures();

-- Matching first ranks the places for the student's programme or in their towns (MatchingService); the towns
-- have place_org_city_idx (V10), the programme this one.
CREATE INDEX place_org_programme_idx ON internship_place (organisation_id, programme_id) WHERE status = 'OPEN';
