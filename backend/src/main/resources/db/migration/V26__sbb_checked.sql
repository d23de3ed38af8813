-- The municipal desk (issue 17): the day a broker last checked the employer's SBB recognition (status and number) on
-- Stagemarkt. Stagemarkt's data itself is not stored (its licence forbids it); only what the broker saw and when.
ALTER TABLE employer
    ADD COLUMN sbb_checked_on date CHECK (sbb_checked_on > DATE '2000-01-01');
