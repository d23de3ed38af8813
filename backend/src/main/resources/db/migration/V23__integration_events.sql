-- What integrations hear about (issue 16): one row per event, written by triggers in the same transaction as the
-- change, so an event exists exactly when its change committed. The change feed (GET /api/v1/events) and, later,
-- webhook delivery read from here. Events say which resource changed and its new state, never case content.
--
-- Order for a reader that must miss nothing: a sequence number is taken before commit, so a later number can
-- commit first. Each row also keeps its transaction id; the feed serves only transactions older than every one
-- still running (pg_snapshot_xmin), ordered by (transaction, number). Whatever commits later has a transaction id
-- at least that horizon, so it sorts after everything already served.
CREATE TABLE integration_event (
    id              bigserial    PRIMARY KEY,
    tx              xid8         NOT NULL DEFAULT pg_current_xact_id(),
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    type            varchar(40)  NOT NULL CHECK (type IN ('referral.created', 'referral.decided', 'student.phase_changed',
                                                          'student.erased', 'placement.status_changed',
                                                          'checkin.signal_raised')),
    resource_id     uuid         NOT NULL,
    data            jsonb        NOT NULL,
    occurred_at     timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX integration_event_feed_idx ON integration_event (organisation_id, tx, id);
ALTER TABLE integration_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON integration_event
    USING ((SELECT app_scope_all()) OR organisation_id = ANY (CAST((SELECT app_scope_organisations()) AS uuid[])));

CREATE FUNCTION integration_event_emit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    t text;
    d jsonb;
BEGIN
    IF TG_TABLE_NAME = 'referral' THEN
        IF TG_OP = 'INSERT' THEN
            t := 'referral.created';
        ELSIF NEW.status IS DISTINCT FROM OLD.status AND NEW.status <> 'SUBMITTED' THEN
            t := 'referral.decided';
        END IF;
        d := jsonb_build_object('status', NEW.status, 'schoolId', NEW.school_id, 'studentId', NEW.student_id);
    ELSIF TG_TABLE_NAME = 'student' THEN
        IF NEW.erased_at IS NOT NULL AND OLD.erased_at IS NULL THEN
            t := 'student.erased';
            d := '{}';
        ELSIF NEW.phase IS DISTINCT FROM OLD.phase THEN
            t := 'student.phase_changed';
            d := jsonb_build_object('phase', NEW.phase, 'previousPhase', OLD.phase);
        END IF;
    ELSIF TG_TABLE_NAME = 'placement' THEN
        IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status THEN
            t := 'placement.status_changed';
            d := jsonb_build_object('status', NEW.status, 'studentId', NEW.student_id, 'employerId', NEW.employer_id);
        END IF;
    ELSIF TG_TABLE_NAME = 'check_in' THEN
        IF NEW.signal <> 'OK' THEN
            t := 'checkin.signal_raised';
            d := jsonb_build_object('signal', NEW.signal, 'placementId', NEW.placement_id);
        END IF;
    END IF;
    IF t IS NOT NULL THEN
        INSERT INTO integration_event (organisation_id, type, resource_id, data) VALUES (NEW.organisation_id, t, NEW.id, d);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER integration_event AFTER INSERT OR UPDATE OF status ON referral
    FOR EACH ROW EXECUTE FUNCTION integration_event_emit();
CREATE TRIGGER integration_event AFTER UPDATE OF phase, erased_at ON student
    FOR EACH ROW EXECUTE FUNCTION integration_event_emit();
CREATE TRIGGER integration_event AFTER INSERT OR UPDATE OF status ON placement
    FOR EACH ROW EXECUTE FUNCTION integration_event_emit();
CREATE TRIGGER integration_event AFTER INSERT ON check_in
    FOR EACH ROW EXECUTE FUNCTION integration_event_emit();
