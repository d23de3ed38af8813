-- Issue 15: three lists were read whole to show their first page, because no index gave their order within the
-- organisation: at 100,000 students the placements' board (75,000 rows, newest change first) took 290-350 ms,
-- the broker's referrals (100,000, newest first) 310-350 ms and the places without a status filter (50,000, by start)
-- 75-95 ms, each a sort of every row after joining student and employer. With the order in an index after the
-- organisation the page is the first 20 entries of an index scan: 11-16 ms for the whole request each.
CREATE INDEX placement_org_updated_idx ON placement (organisation_id, updated_at DESC, id);
CREATE INDEX referral_org_submitted_idx ON referral (organisation_id, submitted_at DESC, id);
CREATE INDEX place_org_start_idx ON internship_place (organisation_id, start_date, title, id);
