-- Issue 15: the development report pairs each student's "before" and "after" answer per statement. It found the
-- pairs on every request: every answer of both responses of each student in the cohort, sorted by student and
-- statement and grouped (at 100,000 students a cohort of 19,400 has 1,000,000 answers for 349,000 pairs: 890 of
-- the report's 1,200 ms in EXPLAIN ANALYZE). A pair is known from the moment its second answer arrives, so the
-- "after" answer now carries the same student's "before" answer to its statement, and the report reads only the
-- answers that have one, from an index of their own.
--
-- Kept by a trigger, since answers are only ever inserted (a questionnaire is answered once per moment) and are
-- deleted only with their student (erasure deletes both responses' answers at once). Usually the "before" comes
-- first; when it comes later it fills the "after" answers already there. Like the response's own answers, the copy
-- has no trail of its own; the data-subject export leaves it out as derived.
ALTER TABLE survey_answer ADD COLUMN before_value smallint CHECK (before_value BETWEEN 1 AND 5),
    ADD CONSTRAINT survey_answer_before_value_scale CHECK (before_value IS NULL OR scale_value IS NOT NULL);

-- One value per student and statement, as the report took it before (the lowest, should a statement occur twice).
UPDATE survey_answer a SET before_value = b.value
  FROM survey_response ra,
       (SELECT rb.student_id, ab.item_code, min(ab.scale_value) AS value
          FROM survey_response rb JOIN survey_answer ab ON ab.response_id = rb.id
         WHERE rb.moment = 'BEFORE' AND ab.scale_value IS NOT NULL
         GROUP BY rb.student_id, ab.item_code) b
 WHERE ra.id = a.response_id AND ra.moment = 'AFTER' AND a.scale_value IS NOT NULL
   AND b.student_id = ra.student_id AND b.item_code = a.item_code;

CREATE FUNCTION survey_answer_pair() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r survey_response%ROWTYPE;
BEGIN
    SELECT * INTO r FROM survey_response WHERE id = NEW.response_id;
    -- Both questionnaires of a student answered at once: the second waits here until the first has committed, and
    -- then sees its answers (each statement below reads what is committed when it starts).
    PERFORM pg_advisory_xact_lock(hashtextextended('survey_pair:' || r.student_id, 0));
    IF r.moment = 'AFTER' THEN
        NEW.before_value := (SELECT min(b.scale_value)
                               FROM survey_response rb JOIN survey_answer b ON b.response_id = rb.id
                              WHERE rb.student_id = r.student_id AND rb.moment = 'BEFORE' AND b.item_code = NEW.item_code);
    ELSIF r.moment = 'BEFORE' THEN
        UPDATE survey_answer a SET before_value = least(a.before_value, NEW.scale_value)
          FROM survey_response ra
         WHERE ra.student_id = r.student_id AND ra.moment = 'AFTER' AND a.response_id = ra.id
           AND a.item_code = NEW.item_code AND a.scale_value IS NOT NULL;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER survey_answer_pair BEFORE INSERT ON survey_answer
    FOR EACH ROW WHEN (NEW.scale_value IS NOT NULL) EXECUTE FUNCTION survey_answer_pair();

-- The report's read: the answers of the cohort's "after" responses that have a pair, from the index alone (the
-- organisation for row-level security).
CREATE INDEX survey_answer_pair_idx ON survey_answer (response_id)
    INCLUDE (item_code, scale_value, before_value, organisation_id) WHERE before_value IS NOT NULL;
