-- The brokers' load in the programme report and on the lead's dashboard: minutes per broker in a period, read
-- from the index alone (measured in docs/performance.md).
CREATE INDEX contact_org_author_time_idx ON contact (organisation_id, author, occurred_at) INCLUDE (minutes);
