-- Writes that survive retries (issue 16): the first response to a POST with an Idempotency-Key, per caller (the
-- token's user: an integration's service account), kept at least 24 hours. A row without a status is a claim
-- whose request is still running. Visible only to the caller who made it.
CREATE TABLE idempotency_key (
    owner        varchar(200)  NOT NULL,
    key          varchar(100)  NOT NULL,
    request_hash varchar(64)   NOT NULL,
    created_at   timestamptz   NOT NULL,
    status       smallint      CHECK (status BETWEEN 200 AND 499),
    content_type varchar(100),
    location     varchar(500),
    etag         varchar(100),
    body         text,
    PRIMARY KEY (owner, key)
);
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
ALTER TABLE idempotency_key ENABLE ROW LEVEL SECURITY;
CREATE POLICY owner ON idempotency_key
    USING ((SELECT app_scope_all()) OR owner = current_setting('app.actor', true));
