-- Data-subject requests and retention: an erased student keeps only anonymous facts, so the programme's
-- figures stay right; closed cases are erased automatically after the organisation's retention period.
ALTER TABLE student ADD COLUMN erased_at timestamptz;
ALTER TABLE organisation ADD COLUMN retention_months integer NOT NULL DEFAULT 24
    CHECK (retention_months BETWEEN 1 AND 120);

-- The retention job looks for closed students not yet erased (their open closure: case_closure_current_idx).
CREATE INDEX student_not_erased_idx ON student (organisation_id, phase) WHERE erased_at IS NULL;

-- The audit trigger keeps values of the columns listed when it was made (V17): list the new ones.
DO $$
DECLARE
    t text;
    cols text;
BEGIN
    FOREACH t IN ARRAY ARRAY['student', 'organisation'] LOOP
        SELECT string_agg(quote_literal(c.column_name), ', ') INTO cols
        FROM information_schema.columns c
        WHERE c.table_schema = 'public' AND c.table_name = t AND c.column_name <> 'date_of_birth'
          AND (c.data_type IN ('integer', 'smallint', 'bigint', 'numeric', 'boolean', 'date',
                               'timestamp with time zone', 'uuid')
               OR c.column_name ~ '(^|_)(phase|kind|intensity|level|assigned_broker|by)$');
        EXECUTE format('DROP TRIGGER audit ON %I', t);
        EXECUTE format('CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW '
                       || 'EXECUTE FUNCTION audit_row(%s)', t, cols);
    END LOOP;
END $$;
