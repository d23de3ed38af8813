-- Issue 15: the programme report's speed figure (days from the case's start to the first accepted proposal) reads
-- the placement events of the timeline. Without an index for them it read every timeline entry of the organisation
-- (300,000 at 100,000 students, 30-80 ms); placement events are a small share of the timeline.
CREATE INDEX timeline_placement_changed_idx ON timeline_entry (student_id, occurred_at) WHERE kind = 'PLACEMENT_CHANGED';
