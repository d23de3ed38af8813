-- The data generator (issue 15): fills Stagepunt West (00000000-0000-4000-a000-000000000001) with :scale students
-- and what hangs off them, on a database that has the schema and the demo data. Deterministic for a seed: every
-- "random" choice is a hash of the seed and the row number, so two runs with the same seed give the same rows and
-- ids. Run by scripts/data.sh as the database superuser (triggers off while loading: the audit trail of a bulk
-- load is not what a benchmark measures).
--
--   psql -v scale=100000 -v seed=1 -f scripts/data/generate.sql
--
-- At scale N: N students (skewed over programmes, most in three; a few case files with hundreds of contacts),
-- about 10 N contacts, N/20 employers across towns, N/2 open places, 3 N timeline entries, referrals, intakes,
-- outreach, placements, closings and self-assessments. Names mix Dutch and migrant spellings, with accents.
\set ON_ERROR_STOP on
SET session_replication_role = replica;
SET max_parallel_workers_per_gather = 0;
SET synchronous_commit = off;

-- r(key): a number in [0, 1) from a hash of the seed and the key.
CREATE FUNCTION pg_temp.r(key text) RETURNS double precision LANGUAGE sql IMMUTABLE AS
$$ SELECT ('x' || substr(md5(current_setting('gen.seed') || ':' || key), 1, 8))::bit(32)::bigint / 4294967296.0 $$;
-- id(kind, n): a stable uuid (version-4 shaped) for the n-th row of a kind.
CREATE FUNCTION pg_temp.id(kind text, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS
$$ SELECT overlay(overlay(md5(current_setting('gen.seed') || ':' || kind || ':' || n) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$;
-- pick(list, u): an element of the list; u^1.2 makes the first elements the common ones.
CREATE FUNCTION pg_temp.pick(list text[], u double precision) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT list[1 + floor(power(u, 1.2) * array_length(list, 1))::int] $$;
SELECT set_config('gen.seed', :'seed', false);

CREATE TEMP TABLE gen_names AS SELECT
  ARRAY['Noah','Emma','Mohamed','Sara','Daan','Julia','Yusuf','Zoë','Lucas','Anaïs','Ayoub','Fatima','Sem','Chloë',
        'Ömer','Elif','Milan','Lieke','Bilal','Nour','Jayden','Saskia','Eren','Yasmina','Thijs','Mila','Kevin','Özlem',
        'Rayan','Aïcha','Stijn','Naïma','Dewi','Shanice','Jesús','Iñés','Kacper','Zuzanna','Thanh','Nguyễn Anh','Abdi',
        'Senait','Rohan','Priya','Mehmet','Büşra','Dylan','Joëlle','Hüseyin','René'] AS first_names,
  ARRAY['de Vries','Jansen','van den Berg','Bakker','El Amrani','Yılmaz','Visser','Öztürk','Smit','Meijer','de Boer',
        'Mulder','Bouzid','Çelik','van Dijk','Kaya','El Idrissi','Şahin','Hendriks','Kowalski','Nowak','Tesfaye',
        'Ramdin','Sewgobind','Nguyễn','Trần','Ahmadi','Haddou','Doğan','van der Linden','Koç','Brouwer','de Graaf',
        'Aydın','Mahabier','Lindeboom','Oudshoorn','Ben Saïd','Kerkhoff','Janssens','Pérez','Müller','Ramos','Ait Ouali',
        'Ülker','Benali','Tahiri','van ’t Hof','Zeroual','Kuijpers'] AS last_names,
  ARRAY['Amsterdam','Amsterdam','Amsterdam','Zaandam','Amstelveen','Haarlem','Almere','Diemen','Purmerend','Hoofddorp',
        'Utrecht','Rotterdam','Weesp','Uithoorn','Landsmeer'] AS towns,
  ARRAY['retail','zorg','horeca','logistiek','techniek','kinderopvang','ict','facilitair','schoonmaak','bouw'] AS sectors,
  ARRAY['00000000-0000-4000-d000-000000000003','00000000-0000-4000-d000-000000000002','00000000-0000-4000-d000-000000000004',
        '00000000-0000-4000-d000-000000000001','00000000-0000-4000-d000-000000000006','00000000-0000-4000-d000-000000000005',
        '00000000-0000-4000-d000-000000000007','00000000-0000-4000-d000-000000000008'] AS programmes;

-- Brokers: broker.west (the benchmark's token) and colleagues, so a broker's caseload is a realistic share.
INSERT INTO staff_member (organisation_id, username, display_name, role, hours_per_week, max_active_cases)
SELECT '00000000-0000-4000-a000-000000000001', 'gen.broker' || lpad(b::text, 3, '0'), 'Makelaar ' || b, 'BROKER', 32, 60
  FROM generate_series(1, greatest(1, :scale / 500)) b
ON CONFLICT DO NOTHING;

INSERT INTO employer (id, organisation_id, name, kvk_number, city, sectors, size, sbb_status, support_openness,
                      created_at, created_by, updated_at, updated_by, last_contact_at)
SELECT pg_temp.id('employer', g), '00000000-0000-4000-a000-000000000001',
       initcap(pg_temp.pick(n.last_names, pg_temp.r('en' || g))) || ' ' ||
         (ARRAY['Supermarkt','Zorggroep','Logistiek','Techniek','Kinderopvang','ICT','Horeca','Bouw','Facilitair','Winkel'])[1 + g % 10]
         || ' ' || g,
       (10000000 + (:seed * 100000 + g) % 90000000)::text, pg_temp.pick(n.towns, pg_temp.r('ec' || g)),
       n.sectors[1 + g % 10], (ARRAY['SMALL','SMALL','MEDIUM','LARGE'])[1 + g % 4],
       (ARRAY['RECOGNISED','RECOGNISED','RECOGNISED','PENDING','UNKNOWN'])[1 + g % 5],
       (ARRAY['YES','UNKNOWN','NO'])[1 + g % 3],
       now() - (pg_temp.r('et' || g) * 900) * interval '1 day', 'gen', now(), 'gen',
       now() - (pg_temp.r('el' || g) * 400) * interval '1 day'
  FROM generate_series(1, greatest(10, :scale / 20)) g, gen_names n;

-- Open places: most employers have a few, some many.
INSERT INTO internship_place (id, organisation_id, employer_id, title, programme_id, sector, level_min, level_max, places,
                              start_date, hours_per_week, city, status, created_at, created_by, updated_at, updated_by)
SELECT pg_temp.id('place', g), '00000000-0000-4000-a000-000000000001',
       pg_temp.id('employer', 1 + floor(power(pg_temp.r('pe' || g), 2) * greatest(10, :scale / 20))::int),
       (ARRAY['Medewerker winkel','Helpende zorg','Magazijnmedewerker','Assistent kinderopvang','ICT-support',
              'Medewerker bediening','Facilitair medewerker','Monteur in opleiding'])[1 + g % 8] || ' (' || g || ')',
       CASE WHEN g % 3 = 0 THEN n.programmes[1 + g % 8]::uuid END,
       n.sectors[1 + floor(power(pg_temp.r('ps' || g), 2) * 10)::int], 1 + g % 2, 2 + g % 3, 1 + g % 3,
       current_date + (g % 180), 16 + g % 24, pg_temp.pick(n.towns, pg_temp.r('pc' || g)), 'OPEN',
       now() - (g % 300) * interval '1 day', 'gen', now(), 'gen'
  FROM generate_series(1, greatest(10, :scale / 2)) g, gen_names n;

-- Students: created over the last two years; phases by age of the case; broker.west has one in 200.
CREATE TEMP TABLE gen_student AS
SELECT g, pg_temp.id('student', g) AS id,
       pg_temp.pick(n.first_names, pg_temp.r('sf' || g)) AS first_name,
       -- Surnames: four in ten from the list (skewed), the rest made of a prefix, a root and an ending, so the
       -- commonest surname is about 1 in 65 students, as in a Dutch city's register, not 1 in 7.
       CASE WHEN pg_temp.r('sk' || g) < 0.4 THEN pg_temp.pick(n.last_names, pg_temp.r('sl' || g))
            ELSE (ARRAY['', '', 'van ', 'de ', 'van der ', 'ter ', 'van den '])[1 + floor(pg_temp.r('sa' || g) * 7)::int]
                 || (ARRAY['Berg','Dijk','Bos','Meer','Veen','Hout','Kamp','Brink','Wal','Hoek','Molen','Kerk','Beek',
                           'Zand','Heuvel','Laan','Akker','Vliet','Horst','Ridder','Smeets','Kok','Post','Vos'])
                    [1 + floor(pg_temp.r('sb' || g) * 24)::int]
                 || (ARRAY['', 'man', 'ink', 'ers', 'stra', 'huis', 'ing', 'sma', 'mans', 'kes'])[1 + floor(pg_temp.r('su' || g) * 10)::int]
       END AS last_name,
       now() - (pg_temp.r('sc' || g) * 730) * interval '1 day' AS created_at,
       n.programmes[1 + floor(power(pg_temp.r('sp' || g), 3) * 8)::int]::uuid AS programme_id,
       CASE WHEN g % 200 = 0 THEN 'broker.west'
            ELSE 'gen.broker' || lpad((1 + g % greatest(1, :scale / 500))::text, 3, '0') END AS broker,
       pg_temp.r('sx' || g) AS u
  FROM generate_series(1, :scale) g, gen_names n;

INSERT INTO student (id, organisation_id, first_name, last_name, date_of_birth, email, phone, school_id, programme_id,
                     phase, guidance_intensity, assigned_broker, internship_start_by, education_level,
                     created_at, created_by, updated_at, updated_by)
SELECT s.id, '00000000-0000-4000-a000-000000000001', s.first_name, s.last_name,
       DATE '2003-01-01' + floor(pg_temp.r('sd' || s.g) * 2500)::int,
       CASE WHEN s.g % 4 <> 0 THEN 'student' || s.g || '@example.nl' END,
       CASE WHEN s.g % 3 <> 0 THEN '06' || lpad((s.g % 100000000)::text, 8, '0') END,
       CASE WHEN s.g % 3 = 0 THEN '00000000-0000-4000-b000-000000000003' ELSE '00000000-0000-4000-b000-000000000002' END::uuid,
       s.programme_id,
       CASE WHEN s.created_at > now() - interval '30 days' THEN (ARRAY['INTAKE','PREPARATION','MATCHING'])[1 + s.g % 3]
            WHEN s.created_at > now() - interval '120 days' THEN (ARRAY['MATCHING','PLACED','IN_INTERNSHIP','MATCHING'])[1 + s.g % 4]
            WHEN s.created_at > now() - interval '240 days' THEN (ARRAY['IN_INTERNSHIP','INTERNSHIP_ENDED','CLOSED'])[1 + s.g % 3]
            ELSE 'CLOSED' END,
       CASE WHEN s.u < 0.4 THEN 'INTENSIVE' ELSE 'PLACEMENT_ONLY' END, s.broker,
       (s.created_at + interval '60 days')::date,
       (ARRAY['MBO_2','MBO_2','MBO_1','MBO_3','MBO_2','MBO_4','VMBO','HAVO'])[1 + s.g % 8],
       s.created_at, 'gen', s.created_at + interval '10 days', 'gen'
  FROM gen_student s;

-- The student_search_text trigger is off while loading: fill the search text as it would.
UPDATE student s SET search_text = lower(f_unaccent(concat_ws(' ', s.first_name, s.last_name, sc.name, p.name || ' ' || p.crebo_code)))
  FROM school sc, programme p, gen_student g
 WHERE g.id = s.id AND sc.id = s.school_id AND p.id = s.programme_id;
-- ... and the search's copy of the names, words and filtered columns (V42, V43), as the student_search triggers would.
INSERT INTO student_search (student_id, organisation_id, last_name, first_name, words, school_id, programme_id, phase,
                            assigned_broker)
SELECT s.id, s.organisation_id, s.last_name, s.first_name, to_tsvector('simple', s.search_text), s.school_id,
       s.programme_id, s.phase, s.assigned_broker
  FROM student s JOIN gen_student g ON g.id = s.id;

INSERT INTO consent (id, organisation_id, student_id, purpose, student_consent, guardian_consent, given_on, recorded_at, recorded_by)
SELECT pg_temp.id('consent', g), '00000000-0000-4000-a000-000000000001', id, 'CASE', true, false, created_at::date,
       created_at, broker
  FROM gen_student;

INSERT INTO referral (id, organisation_id, school_id, programme_id, student_first_name, student_last_name,
                      student_date_of_birth, referrer_kind, referrer_name, channel, reason, search_duration,
                      student_consent, consent_date, status, decided_at, decided_by, student_id, submitted_at,
                      submitted_by, updated_at, updated_by)
SELECT pg_temp.id('referral', g.g), s.organisation_id, s.school_id, s.programme_id, s.first_name, s.last_name,
       s.date_of_birth, 'MENTOR', 'Mentor ' || (g.g % 97),
       (ARRAY['REFERRAL_FORM','REFERRAL_FORM','PHONE','EMAIL','WALK_IN','APP'])[1 + g.g % 6],
       (ARRAY['SCHOOL_COULD_NOT_FIND_PLACE','STUDENT_STRUGGLES','SCHOOL_THOUGHT_NECESSARY','WANTS_TO_LEARN'])[1 + g.g % 4],
       (ARRAY['ONE_TO_TWO_MONTHS','MORE_THAN_TWO_MONTHS','LESS_THAN_ONE_MONTH','NOT_YET'])[1 + g.g % 4],
       true, s.created_at::date, 'ACCEPTED', s.created_at, g.broker, s.id, s.created_at - interval '3 days',
       'mentor.delta', s.created_at, 'gen'
  FROM gen_student g JOIN student s ON s.id = g.id;

INSERT INTO intake (student_id, organisation_id, needs, strengths, preferred_sectors, home_city, max_travel_minutes,
                    updated_at, updated_by)
SELECT g.id, '00000000-0000-4000-a000-000000000001',
       (ARRAY['', 'LANGUAGE', '', 'SELF_CONFIDENCE', '', 'LANGUAGE,APPLICATION_SKILLS'])[1 + g.g % 6], 'Behulpzaam en op tijd',
       n.sectors[1 + floor(power(pg_temp.r('is' || g.g), 2) * 10)::int], pg_temp.pick(n.towns, pg_temp.r('ih' || g.g)),
       30 + (g.g % 4) * 15, g.created_at + interval '5 days', g.broker
  FROM gen_student g, gen_names n WHERE g.g % 10 < 8;

-- Contacts: most case files have 1-18 lines, one in 500 has 300 (a long case): about 10 per student.
INSERT INTO contact (id, organisation_id, student_id, occurred_at, channel, party, minutes, summary, author, outcome,
                     follow_up_on, follow_up_done, created_at)
SELECT pg_temp.id('contact', g.g * 1000 + k), '00000000-0000-4000-a000-000000000001', g.id,
       least(now(), g.created_at + k * interval '2 days' + (g.g % 9) * interval '1 hour'),
       (ARRAY['PHONE','WHATSAPP','IN_PERSON','EMAIL','VIDEO','HOME_VISIT'])[1 + (g.g + k) % 6],
       (ARRAY['STUDENT','STUDENT','STUDENT','PARENT','SCHOOL','EMPLOYER'])[1 + (g.g * 7 + k) % 6],
       5 + ((g.g + k * 13) % 55), 'Gesprek ' || k || ' over de voortgang', g.broker,
       CASE WHEN (g.g + k) % 11 = 0 THEN 'NOT_REACHED' ELSE 'REACHED' END,
       CASE WHEN (g.g + k) % 37 = 0 THEN (g.created_at + k * interval '2 days' + interval '7 days')::date END,
       (g.g + k) % 37 = 0 AND g.created_at < now() - interval '60 days',
       least(now(), g.created_at + k * interval '2 days')
  FROM gen_student g
  CROSS JOIN LATERAL generate_series(1, CASE WHEN g.g % 500 = 0 THEN 300 ELSE 1 + floor(pg_temp.r('cn' || g.g) * 18)::int END) k;

INSERT INTO timeline_entry (organisation_id, student_id, occurred_at, kind, actor, detail)
SELECT '00000000-0000-4000-a000-000000000001', g.id, g.created_at + k * interval '5 days',
       (ARRAY['REFERRAL_ACCEPTED','INTAKE_UPDATED','PHASE_CHANGED'])[k], g.broker, 'Gegenereerd'
  FROM gen_student g CROSS JOIN generate_series(1, 3) k;

-- Employers approached for students past preparation.
INSERT INTO outreach (id, organisation_id, student_id, employer_id, channel, approached_on, result, decline_reason, broker, created_at)
SELECT pg_temp.id('outreach', g.g * 10 + k), '00000000-0000-4000-a000-000000000001', g.id,
       pg_temp.id('employer', 1 + floor(power(pg_temp.r('oe' || g.g || ':' || k), 2) * greatest(10, :scale / 20))::int),
       (ARRAY['PHONE','EMAIL','VISIT','APP'])[1 + (g.g + k) % 4], (g.created_at + k * interval '9 days')::date,
       (ARRAY['NO_ANSWER','DECLINED','INTERESTED','INTERVIEW'])[1 + (g.g + k) % 4],
       CASE WHEN (g.g + k) % 4 = 1 THEN 'Geen plek' END, g.broker, g.created_at + k * interval '9 days'
  FROM gen_student g JOIN student s ON s.id = g.id AND s.phase NOT IN ('INTAKE', 'PREPARATION')
  CROSS JOIN LATERAL generate_series(1, 1 + g.g % 4) k;

INSERT INTO placement (id, organisation_id, student_id, employer_id, type, status, end_reason, ended_by, profile,
                       consent_to_share, consent_date, start_date, end_date, created_at, created_by, updated_at, updated_by)
SELECT pg_temp.id('placement', g.g), '00000000-0000-4000-a000-000000000001', g.id,
       pg_temp.id('employer', 1 + floor(power(pg_temp.r('le' || g.g), 2) * greatest(10, :scale / 20))::int),
       CASE WHEN g.g % 4 = 0 THEN 'FOUND_BY_STUDENT' ELSE 'EXTERNAL' END,
       CASE s.phase WHEN 'PLACED' THEN 'ACCEPTED' WHEN 'IN_INTERNSHIP' THEN 'ACTIVE'
            ELSE CASE WHEN g.g % 6 = 0 THEN 'ENDED_EARLY' ELSE 'COMPLETED' END END,
       CASE WHEN s.phase NOT IN ('PLACED','IN_INTERNSHIP') AND g.g % 6 = 0 THEN 'STUDENT_DROPPED_OUT' END,
       CASE WHEN s.phase NOT IN ('PLACED','IN_INTERNSHIP') AND g.g % 6 = 0 THEN 'STUDENT' END,
       CASE WHEN g.g % 4 <> 0 THEN 'Gemotiveerd, wil graag leren' END, g.g % 4 <> 0,
       CASE WHEN g.g % 4 <> 0 THEN g.created_at::date + 30 END,
       g.created_at::date + 45,
       CASE WHEN s.phase IN ('PLACED','IN_INTERNSHIP') THEN g.created_at::date + 200 ELSE g.created_at::date + 160 END,
       g.created_at + interval '30 days', 'gen', g.created_at + interval '45 days', 'gen'
  FROM gen_student g JOIN student s ON s.id = g.id
 WHERE s.phase IN ('PLACED', 'IN_INTERNSHIP', 'INTERNSHIP_ENDED') OR (s.phase = 'CLOSED' AND g.g % 5 <> 0);

-- The placements' events on the timeline, as PlacementService writes them ("FROM → TO · employer"): the programme
-- report's speed figure reads the first acceptance from them.
INSERT INTO timeline_entry (organisation_id, student_id, occurred_at, kind, actor, detail, ref_id)
SELECT pl.organisation_id, pl.student_id, e.at, 'PLACEMENT_CHANGED', g.broker, e.detail || ' · ' || em.name, pl.id
  FROM placement pl JOIN gen_student g ON g.id = pl.student_id JOIN employer em ON em.id = pl.employer_id
  CROSS JOIN LATERAL (VALUES (pl.created_at, 'PROPOSED'),
                             (pl.created_at + interval '7 days', 'PROPOSED → ACCEPTED'),
                             (CASE WHEN pl.status <> 'ACCEPTED' THEN pl.start_date + time '09:00' END, 'ACCEPTED → ACTIVE'),
                             (CASE WHEN pl.status IN ('COMPLETED', 'ENDED_EARLY') THEN pl.end_date + time '17:00' END,
                              'ACTIVE → ' || pl.status)) e(at, detail)
 WHERE e.at IS NOT NULL AND e.at < now();

INSERT INTO case_closure (id, organisation_id, student_id, closed_at, closed_by, placement_outcome, education_outcome, reason)
SELECT pg_temp.id('closure', g.g), '00000000-0000-4000-a000-000000000001', g.id, g.created_at + interval '170 days', g.broker,
       CASE WHEN g.g % 5 = 0 THEN 'NOT_PLACED' WHEN g.g % 4 = 0 THEN 'FOUND_THEMSELVES' ELSE 'PLACED_EXTERNALLY' END,
       (ARRAY['STILL_STUDYING','DIPLOMA','STOPPED','UNKNOWN'])[1 + g.g % 4], 'Traject afgerond'
  FROM gen_student g JOIN student s ON s.id = g.id AND s.phase = 'CLOSED';

-- Self-assessments: "before" from half, "after" from a quarter of the students.
INSERT INTO survey_response (id, organisation_id, student_id, moment, instrument_id, submitted_at)
SELECT pg_temp.id('response:' || i.moment, g.g), '00000000-0000-4000-a000-000000000001', g.id, i.moment, i.id,
       g.created_at + CASE WHEN i.moment = 'BEFORE' THEN interval '3 days' ELSE interval '165 days' END
  FROM gen_student g JOIN survey_instrument i ON i.active
 WHERE g.g % 4 < CASE WHEN i.moment = 'BEFORE' THEN 2 ELSE 1 END
   AND g.created_at + CASE WHEN i.moment = 'BEFORE' THEN interval '3 days' ELSE interval '165 days' END < now();
INSERT INTO survey_answer (response_id, organisation_id, item_id, item_code, scale_value, choice)
SELECT r.id, r.organisation_id, it.id, it.code,
       CASE WHEN it.kind = 'SCALE' THEN 1 + floor(pg_temp.r('a' || it.code || r.id) * 5)::int END,
       CASE WHEN it.kind = 'CHOICE' THEN it.options -> floor(pg_temp.r('c' || it.code || r.id) * jsonb_array_length(it.options))::int ->> 'code' END
  FROM survey_response r JOIN gen_student g ON g.id = r.student_id
  JOIN survey_item it ON it.instrument_id = r.instrument_id;
-- Kept by a trigger in normal work (V44), which is off while loading: each "after" answer's "before" (the demo's
-- have theirs). Statistics first: without them this update ran for more than 20 minutes, with them 8 s.
ANALYZE survey_response, survey_answer;
UPDATE survey_answer a SET before_value = b.value
  FROM survey_response ra,
       (SELECT rb.student_id, ab.item_code, min(ab.scale_value) AS value
          FROM survey_response rb JOIN survey_answer ab ON ab.response_id = rb.id
         WHERE rb.moment = 'BEFORE' AND ab.scale_value IS NOT NULL
         GROUP BY rb.student_id, ab.item_code) b
 WHERE ra.id = a.response_id AND ra.moment = 'AFTER' AND a.scale_value IS NOT NULL AND a.before_value IS NULL
   AND b.student_id = ra.student_id AND b.item_code = a.item_code;

-- Kept by a trigger in normal work (V20, V21), which is off while loading.
UPDATE student s SET last_contact_at = c.last, contact_count = c.n, contact_minutes = c.m
  FROM (SELECT student_id, max(occurred_at) AS last, count(*) AS n, sum(minutes) AS m FROM contact
         WHERE student_id IS NOT NULL GROUP BY student_id) c
 WHERE c.student_id = s.id AND s.created_by = 'gen';
-- Kept by triggers on placement and employer (V37): an employer's completed and early-ended internships, a
-- place's filled seats and its copy of its employer's figures.
UPDATE employer e SET completed_placements = c.completed, ended_early_placements = c.ended
  FROM (SELECT employer_id, count(*) FILTER (WHERE status = 'COMPLETED') AS completed,
               count(*) FILTER (WHERE status = 'ENDED_EARLY') AS ended FROM placement GROUP BY employer_id) c
 WHERE c.employer_id = e.id AND e.created_by = 'gen';
UPDATE internship_place p
   SET filled_placements = (SELECT count(*) FROM placement pl
                             WHERE pl.place_id = p.id AND pl.status IN ('ACCEPTED', 'ACTIVE', 'COMPLETED')),
       employer_completed = e.completed_placements, employer_ended_early = e.ended_early_placements,
       employer_warm = e.owner_broker IS NOT NULL, employer_support_openness = e.support_openness
  FROM employer e WHERE e.id = p.employer_id AND p.created_by = 'gen';

SET session_replication_role = origin;
VACUUM (ANALYZE);
SELECT 'generated: ' || (SELECT count(*) FROM student WHERE created_by = 'gen') || ' students, '
       || (SELECT count(*) FROM contact) || ' contacts, ' || (SELECT count(*) FROM employer WHERE created_by = 'gen')
       || ' employers, ' || (SELECT count(*) FROM internship_place WHERE created_by = 'gen') || ' open places';
