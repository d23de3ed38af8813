-- A year of one organisation at the scale the programme report must handle (issue 13: 10,000 students), for a
-- measurement by hand until the data generator of the performance issue exists. Run on a database that has the
-- schema and the demo data (West = 00000000-0000-4000-a000-000000000001); deterministic (setseed).
SELECT setseed(0.13);

INSERT INTO employer (id, organisation_id, name, city, sbb_status, created_at, created_by, updated_by)
SELECT gen_random_uuid(), '00000000-0000-4000-a000-000000000001', 'Bedrijf ' || g, 'Amsterdam',
       (ARRAY['RECOGNISED', 'RECOGNISED', 'PENDING', 'UNKNOWN'])[1 + (g % 4)], now() - (g % 365) * interval '1 day', 'bench', 'bench'
  FROM generate_series(1, 1000) g;

INSERT INTO student (id, organisation_id, first_name, last_name, date_of_birth, school_id, programme_id, phase,
                     guidance_intensity, assigned_broker, education_level, created_at, created_by, updated_by)
SELECT gen_random_uuid(), '00000000-0000-4000-a000-000000000001', 'Student', 'Nr ' || g, DATE '2006-01-01' + (g % 700),
       '00000000-0000-4000-b000-000000000002', ('00000000-0000-4000-d000-00000000000' || (1 + g % 7))::uuid,
       (ARRAY['INTAKE', 'PREPARATION', 'MATCHING', 'IN_INTERNSHIP', 'INTERNSHIP_ENDED', 'CLOSED', 'CLOSED'])[1 + g % 7],
       (ARRAY['INTENSIVE', 'PLACEMENT_ONLY'])[1 + g % 2], 'broker.west',
       (ARRAY['MBO_1', 'MBO_2', 'MBO_2', 'MBO_3', 'MBO_4', 'HAVO', 'VMBO'])[1 + g % 7],
       now() - (g % 360) * interval '1 day', 'bench', 'bench'
  FROM generate_series(1, 10000) g;

-- About ten contacts per student: 100,000 lines.
INSERT INTO contact (id, organisation_id, student_id, occurred_at, channel, party, minutes, author, outcome)
SELECT gen_random_uuid(), s.organisation_id, s.id, s.created_at + (k * interval '3 days'), 'PHONE', 'STUDENT', 5 + k * 3,
       'broker.west', CASE WHEN k % 9 = 0 THEN 'NOT_REACHED' ELSE 'REACHED' END
  FROM student s CROSS JOIN generate_series(1, 10) k WHERE s.created_by = 'bench';

-- A placement for the students past matching, at one of the bench employers.
WITH e AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM employer WHERE created_by = 'bench'),
     s AS (SELECT id, organisation_id, created_at, phase, row_number() OVER (ORDER BY id) AS n FROM student
            WHERE created_by = 'bench' AND phase IN ('IN_INTERNSHIP', 'INTERNSHIP_ENDED', 'CLOSED'))
INSERT INTO placement (id, organisation_id, student_id, employer_id, type, status, end_reason, ended_by, profile,
                       consent_to_share, consent_date, start_date, end_date, created_by, updated_by)
SELECT gen_random_uuid(), s.organisation_id, s.id, e.id, 'EXTERNAL',
       CASE WHEN s.phase = 'IN_INTERNSHIP' THEN 'ACTIVE' WHEN s.n % 5 = 0 THEN 'ENDED_EARLY' ELSE 'COMPLETED' END,
       CASE WHEN s.phase <> 'IN_INTERNSHIP' AND s.n % 5 = 0 THEN 'OTHER' END,
       CASE WHEN s.phase <> 'IN_INTERNSHIP' AND s.n % 5 = 0 THEN 'BROKER' END,
       'Profiel', true, s.created_at::date, s.created_at::date + 30,
       CASE WHEN s.phase = 'IN_INTERNSHIP' THEN NULL ELSE s.created_at::date + 120 END, 'bench', 'bench'
  FROM s JOIN e ON e.n = 1 + s.n % 1000;

INSERT INTO case_closure (id, organisation_id, student_id, closed_at, closed_by, placement_outcome, education_outcome, reason)
SELECT gen_random_uuid(), s.organisation_id, s.id, s.created_at + interval '150 days', 'broker.west',
       (ARRAY['PLACED_EXTERNALLY', 'PLACED_EXTERNALLY', 'FOUND_THEMSELVES', 'NOT_PLACED'])[1 + (hashtext(s.id::text) & 3)],
       (ARRAY['STILL_STUDYING', 'DIPLOMA', 'STOPPED', 'UNKNOWN'])[1 + (hashtext(s.id::text || 'e') & 3)], 'Klaar'
  FROM student s WHERE s.created_by = 'bench' AND s.phase = 'CLOSED';

-- A "before" self-assessment from every third student and an "after" from every sixth.
INSERT INTO survey_response (id, organisation_id, student_id, moment, instrument_id, submitted_at)
SELECT gen_random_uuid(), s.organisation_id, s.id, i.moment, i.id, s.created_at + CASE WHEN i.moment = 'BEFORE' THEN interval '2 days' ELSE interval '140 days' END
  FROM student s JOIN survey_instrument i ON i.active
 WHERE s.created_by = 'bench' AND (hashtext(s.id::text) & 15) < CASE WHEN i.moment = 'BEFORE' THEN 5 ELSE 3 END;
INSERT INTO survey_answer (response_id, item_id, item_code, scale_value, choice)
SELECT r.id, it.id, it.code,
       CASE WHEN it.kind = 'SCALE' THEN 1 + (abs(hashtext(it.code || r.id::text)) % 5) END,
       CASE WHEN it.kind = 'CHOICE' THEN it.options -> (abs(hashtext(it.code || r.id::text)) % jsonb_array_length(it.options)) ->> 'code' END
  FROM survey_response r JOIN student s ON s.id = r.student_id AND s.created_by = 'bench'
  JOIN survey_item it ON it.instrument_id = r.instrument_id;

ANALYZE;
