-- Webhooks (issue 16): a lead registers endpoints for the events it wants; each event becomes one delivery per
-- endpoint in the event's own transaction (the outbox), which a background worker sends. Deliveries wait while
-- their endpoint is paused, so a resumed endpoint gets what it missed.
CREATE TABLE webhook_endpoint (
    id              uuid          PRIMARY KEY,
    organisation_id uuid          NOT NULL REFERENCES organisation (id),
    url             varchar(500)  NOT NULL CHECK (url ~ '^https?://'),
    events          varchar(40)[] NOT NULL CHECK (cardinality(events) > 0 AND events <@ ARRAY['referral.created',
                        'referral.decided', 'student.phase_changed', 'student.erased', 'placement.status_changed',
                        'checkin.signal_raised']::varchar(40)[]),
    secret          varchar(100)  NOT NULL,
    status          varchar(10)   NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PAUSED')),
    failing_since   timestamptz,
    paused_at       timestamptz,
    created_at      timestamptz   NOT NULL,
    created_by      varchar(100)  NOT NULL,
    version         integer       NOT NULL DEFAULT 0
);
CREATE INDEX webhook_endpoint_org_idx ON webhook_endpoint (organisation_id);

CREATE TABLE webhook_delivery (
    id              bigserial     PRIMARY KEY,
    organisation_id uuid          NOT NULL REFERENCES organisation (id),
    endpoint_id     uuid          NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    event_id        bigint        NOT NULL REFERENCES integration_event (id),
    status          varchar(10)   NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        integer       NOT NULL DEFAULT 0,
    next_attempt_at timestamptz   NOT NULL DEFAULT now(),
    last_attempt_at timestamptz,
    last_status     integer,
    last_error      varchar(300),
    delivered_at    timestamptz,
    UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_log_idx ON webhook_delivery (endpoint_id, id DESC);

ALTER TABLE webhook_endpoint ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON webhook_endpoint
    USING ((SELECT app_scope_all()) OR organisation_id = ANY (CAST((SELECT app_scope_organisations()) AS uuid[])));
ALTER TABLE webhook_delivery ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON webhook_delivery
    USING ((SELECT app_scope_all()) OR organisation_id = ANY (CAST((SELECT app_scope_organisations()) AS uuid[])));
-- Endpoints are settings a lead changes: in the trail (the secret only as "changed"). Deliveries are the log.
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON webhook_endpoint FOR EACH ROW EXECUTE FUNCTION audit_row('status', 'url');

-- The event's endpoints get their delivery in the same transaction. A SECURITY DEFINER function: the change that
-- raises the event may be made by someone (a mentor's referral) whose scope does not include the endpoints.
CREATE FUNCTION webhook_fan_out() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    INSERT INTO webhook_delivery (organisation_id, endpoint_id, event_id)
    SELECT NEW.organisation_id, e.id, NEW.id FROM webhook_endpoint e
     WHERE e.organisation_id = NEW.organisation_id AND NEW.type = ANY (e.events);
    RETURN NULL;
END $$;
CREATE TRIGGER webhook_fan_out AFTER INSERT ON integration_event FOR EACH ROW EXECUTE FUNCTION webhook_fan_out();
