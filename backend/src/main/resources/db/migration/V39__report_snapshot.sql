-- The organisation's programme report, kept for a few minutes after it was computed: at 100,000 students every
-- figure is an aggregate over the year's 73,000 participants (1.3 s of statements per report, docs/performance.md),
-- and a lead opens it, switches tabs and periods, prints it. A report is kept per organisation and period; what it
-- holds is the report's own JSON (counts, no student). Derived data: not audited; the rows of a kept report are
-- removed when a newer one of the organisation is kept (ReportSnapshots).
CREATE TABLE report_snapshot (
    organisation_id uuid        NOT NULL REFERENCES organisation (id),
    period_from     date        NOT NULL,
    period_to       date        NOT NULL CHECK (period_to >= period_from),
    computed_at     timestamptz NOT NULL,
    body            jsonb       NOT NULL,
    PRIMARY KEY (organisation_id, period_from, period_to)
);
CREATE INDEX report_snapshot_computed_idx ON report_snapshot (organisation_id, computed_at);

ALTER TABLE report_snapshot ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON report_snapshot
    USING ((SELECT app_scope_all()) OR organisation_id = ANY (CAST((SELECT app_scope_organisations()) AS uuid[])));
