-- Demo data for dev, tests and the e2e stack (never production). Idempotent: rows are inserted
-- once and then left alone, so edits made while clicking around survive a restart.
-- The organisation, school and employer ids are the ones the Keycloak realm puts in the tokens.

INSERT INTO organisation (id, name, kind, default_guidance_intensity, capacity_hours_per_week) VALUES
  ('00000000-0000-4000-a000-000000000001', 'Stagepunt West', 'MUNICIPAL_DESK', 'PLACEMENT_ONLY', 64),
  ('00000000-0000-4000-a000-000000000002', 'Stagemakelaar Rivier College', 'SCHOOL_BASED', 'INTENSIVE', 32)
ON CONFLICT (id) DO NOTHING;

INSERT INTO school (id, name, city) VALUES
  ('00000000-0000-4000-b000-000000000001', 'Rivier College', 'Rotterdam'),
  ('00000000-0000-4000-b000-000000000002', 'Delta College', 'Amsterdam'),
  ('00000000-0000-4000-b000-000000000003', 'ROC Noordkade', 'Amsterdam')
ON CONFLICT (id) DO NOTHING;

INSERT INTO organisation_school (organisation_id, school_id) VALUES
  ('00000000-0000-4000-a000-000000000001', '00000000-0000-4000-b000-000000000002'),
  ('00000000-0000-4000-a000-000000000001', '00000000-0000-4000-b000-000000000003'),
  ('00000000-0000-4000-a000-000000000002', '00000000-0000-4000-b000-000000000001')
ON CONFLICT DO NOTHING;

INSERT INTO programme (id, name, crebo_code, level, pathway) VALUES
  ('00000000-0000-4000-d000-000000000001', 'Entree – assistent dienstverlening', '25348', 1, 'BOL'),
  ('00000000-0000-4000-d000-000000000002', 'Helpende zorg en welzijn', '25498', 2, 'BOL'),
  ('00000000-0000-4000-d000-000000000003', 'Verkoopmedewerker', '25645', 2, 'BOL'),
  ('00000000-0000-4000-d000-000000000004', 'Logistiek medewerker', '25342', 2, 'BBL'),
  ('00000000-0000-4000-d000-000000000005', 'Medewerker facilitaire dienstverlening', '25251', 2, 'BOL'),
  ('00000000-0000-4000-d000-000000000006', 'Pedagogisch medewerker kinderopvang', '25486', 3, 'BOL'),
  ('00000000-0000-4000-d000-000000000007', 'Medewerker ICT-support', '25604', 3, 'BOL'),
  ('00000000-0000-4000-d000-000000000008', 'Gespecialiseerd pedagogisch medewerker', '25487', 4, 'BOL')
ON CONFLICT (id) DO NOTHING;

INSERT INTO student (id, organisation_id, first_name, last_name, date_of_birth, email, phone, school_id,
                     programme_id, phase, guidance_intensity, created_by, updated_by) VALUES
  ('00000000-0000-4000-e000-000000000001', '00000000-0000-4000-a000-000000000001', 'Emre', 'Özdemir', '2007-03-14',
   'emre.o@example.nl', '0612345601', '00000000-0000-4000-b000-000000000002', '00000000-0000-4000-d000-000000000003',
   'MATCHING', 'PLACEMENT_ONLY', 'demo', 'demo'),
  ('00000000-0000-4000-e000-000000000002', '00000000-0000-4000-a000-000000000001', 'Sanne', 'de Vries', '2006-11-02',
   NULL, '0612345602', '00000000-0000-4000-b000-000000000002', '00000000-0000-4000-d000-000000000002',
   'INTAKE', 'PLACEMENT_ONLY', 'demo', 'demo'),
  ('00000000-0000-4000-e000-000000000003', '00000000-0000-4000-a000-000000000001', 'Mohamed', 'El Amrani', '2005-06-21',
   'mohamed.ea@example.nl', NULL, '00000000-0000-4000-b000-000000000003', '00000000-0000-4000-d000-000000000004',
   'PREPARATION', 'INTENSIVE', 'demo', 'demo'),
  ('00000000-0000-4000-e000-000000000004', '00000000-0000-4000-a000-000000000001', 'Chloë', 'Janssen', '2007-09-30',
   NULL, NULL, '00000000-0000-4000-b000-000000000003', '00000000-0000-4000-d000-000000000001',
   'INTAKE', 'PLACEMENT_ONLY', 'demo', 'demo'),
  ('00000000-0000-4000-e000-000000000005', '00000000-0000-4000-a000-000000000001', 'Kevin', 'Bakker', '2004-01-08',
   'kevin.b@example.nl', '0612345605', '00000000-0000-4000-b000-000000000002', '00000000-0000-4000-d000-000000000007',
   'PLACED', 'PLACEMENT_ONLY', 'demo', 'demo'),
  ('00000000-0000-4000-e000-000000000006', '00000000-0000-4000-a000-000000000001', 'Aïcha', 'Bouzid', '2006-04-17',
   NULL, '0612345606', '00000000-0000-4000-b000-000000000003', '00000000-0000-4000-d000-000000000006',
   'IN_INTERNSHIP', 'PLACEMENT_ONLY', 'demo', 'demo'),
  ('00000000-0000-4000-e000-000000000011', '00000000-0000-4000-a000-000000000002', 'Dylan', 'Verbeek', '2006-08-05',
   NULL, '0612345611', '00000000-0000-4000-b000-000000000001', '00000000-0000-4000-d000-000000000003',
   'PREPARATION', 'INTENSIVE', 'demo', 'demo'),
  ('00000000-0000-4000-e000-000000000012', '00000000-0000-4000-a000-000000000002', 'Fatima', 'Yılmaz', '2007-02-23',
   'fatima.y@example.nl', NULL, '00000000-0000-4000-b000-000000000001', '00000000-0000-4000-d000-000000000002',
   'MATCHING', 'INTENSIVE', 'demo', 'demo'),
  ('00000000-0000-4000-e000-000000000013', '00000000-0000-4000-a000-000000000002', 'Jayden', 'Martina', '2005-12-11',
   NULL, NULL, '00000000-0000-4000-b000-000000000001', '00000000-0000-4000-d000-000000000005',
   'IN_INTERNSHIP', 'INTENSIVE', 'demo', 'demo')
ON CONFLICT (id) DO NOTHING;

INSERT INTO employer (id, organisation_id, name, kvk_number, city, website, email, phone, created_by, updated_by) VALUES
  ('00000000-0000-4000-c000-000000000001', '00000000-0000-4000-a000-000000000001', 'Bakkerij De Molen', '12345678',
   'Amsterdam', 'https://bakkerijdemolen.example.nl', 'info@bakkerijdemolen.example.nl', '0201234567', 'demo', 'demo'),
  ('00000000-0000-4000-c000-000000000002', '00000000-0000-4000-a000-000000000001', 'Zorgcentrum Westerpark', '23456789',
   'Amsterdam', NULL, 'stage@westerpark.example.nl', '0202345678', 'demo', 'demo'),
  ('00000000-0000-4000-c000-000000000003', '00000000-0000-4000-a000-000000000001', 'Fietsenmaker Ruiter', '34567890',
   'Amsterdam', NULL, NULL, '0203456789', 'demo', 'demo'),
  ('00000000-0000-4000-c000-000000000004', '00000000-0000-4000-a000-000000000001', 'Hotel Amstelzicht', '45678901',
   'Amstelveen', 'https://amstelzicht.example.nl', 'hr@amstelzicht.example.nl', NULL, 'demo', 'demo'),
  ('00000000-0000-4000-c000-000000000011', '00000000-0000-4000-a000-000000000002', 'Supermarkt Vliet', '56789012',
   'Rotterdam', NULL, 'filiaal@vliet.example.nl', '0104567890', 'demo', 'demo'),
  ('00000000-0000-4000-c000-000000000012', '00000000-0000-4000-a000-000000000002', 'Kinderopvang Het Anker', '67890123',
   'Schiedam', NULL, 'info@hetanker.example.nl', '0105678901', 'demo', 'demo')
ON CONFLICT (id) DO NOTHING;

INSERT INTO contact_person (id, employer_id, position, name, role, email, phone) VALUES
  ('00000000-0000-4000-c100-000000000001', '00000000-0000-4000-c000-000000000001', 0, 'Petra Molenaar', 'Eigenaar',
   'petra@bakkerijdemolen.example.nl', '0612300001'),
  ('00000000-0000-4000-c100-000000000002', '00000000-0000-4000-c000-000000000002', 0, 'Ruud Schouten', 'Praktijkopleider',
   'ruud@westerpark.example.nl', NULL),
  ('00000000-0000-4000-c100-000000000003', '00000000-0000-4000-c000-000000000011', 0, 'Ilse de Groot', 'Filiaalmanager',
   NULL, '0612300003')
ON CONFLICT (id) DO NOTHING;

-- ---- Referrals (issue 3) ----
INSERT INTO staff_member (organisation_id, username, display_name, role) VALUES
  ('00000000-0000-4000-a000-000000000001', 'broker.west', 'Noor Bakker', 'BROKER'),
  ('00000000-0000-4000-a000-000000000001', 'lead.west', 'Lotte de Wit', 'LEAD'),
  ('00000000-0000-4000-a000-000000000002', 'broker.rivier', 'Sem Visser', 'BROKER')
ON CONFLICT DO NOTHING;

UPDATE student SET assigned_broker = 'broker.west'
 WHERE organisation_id = '00000000-0000-4000-a000-000000000001' AND assigned_broker IS NULL AND created_by = 'demo';
UPDATE student SET assigned_broker = 'broker.rivier'
 WHERE organisation_id = '00000000-0000-4000-a000-000000000002' AND assigned_broker IS NULL AND created_by = 'demo';

-- The eligibility checklists: the municipal desk's flowchart, the school-based broker's own-effort rule.
INSERT INTO eligibility_question (id, organisation_id, position, text, qualifying_answer) VALUES
  ('00000000-0000-4000-f000-000000000001', '00000000-0000-4000-a000-000000000001', 1,
   'Volgt de student een opleiding (vmbo, mbo 1–4 of hbo) en woont of leert hij of zij in Amsterdam?', true),
  ('00000000-0000-4000-f000-000000000002', '00000000-0000-4000-a000-000000000001', 2,
   'Heeft de student al een stageplek toegezegd gekregen?', false),
  ('00000000-0000-4000-f000-000000000003', '00000000-0000-4000-a000-000000000001', 3,
   'Moet de stage binnen drie maanden beginnen?', true),
  ('00000000-0000-4000-f000-000000000011', '00000000-0000-4000-a000-000000000002', 1,
   'Volgt de student een mbo-2-opleiding van Rivier College?', true),
  ('00000000-0000-4000-f000-000000000012', '00000000-0000-4000-a000-000000000002', 2,
   'Heeft de student zelf al aantoonbaar gezocht (sollicitaties verstuurd, bedrijven benaderd)?', true)
ON CONFLICT (id) DO NOTHING;

INSERT INTO referral (id, organisation_id, school_id, programme_id, student_first_name, student_last_name,
    student_date_of_birth, student_email, student_phone, referrer_kind, referrer_name, referrer_email, channel,
    reason, reason_other, search_duration, applications_sent, companies_contacted, school_actions,
    internship_must_start_by, hours_behind, student_consent, guardian_consent, consent_date, eligibility_failures,
    status, decision_reason, review_on, decided_at, decided_by, student_id, submitted_at, submitted_by, updated_by) VALUES
  ('00000000-0000-4000-9000-000000000001', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-b000-000000000002',
   '00000000-0000-4000-d000-000000000005', 'Lina', 'Haddou', '2007-07-19', NULL, '0612345621', 'MENTOR', 'Daan Smit',
   'mentor.delta@demo.stagemakelaar.nl', 'REFERRAL_FORM', 'SCHOOL_COULD_NOT_FIND_PLACE', NULL, 'MORE_THAN_TWO_MONTHS',
   6, 9, 'Twee gesprekken met de BPV-coördinator; cv samen nagelopen.', CURRENT_DATE + 30, 40, true, false,
   CURRENT_DATE - 2, 0, 'SUBMITTED', NULL, NULL, NULL, NULL, NULL, now() - interval '2 days', 'mentor.delta', 'mentor.delta'),
  ('00000000-0000-4000-9000-000000000002', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-b000-000000000003',
   '00000000-0000-4000-d000-000000000002', 'Ryan', 'Tahiri', '2009-01-05', NULL, NULL, 'YOUTH_WORKER', 'Jongerenwerk West',
   NULL, 'PHONE', 'STUDENT_STRUGGLES', NULL, 'ONE_TO_TWO_MONTHS', 1, 2, NULL, CURRENT_DATE + 60, NULL, true, true,
   CURRENT_DATE - 1, 1, 'SUBMITTED', NULL, NULL, NULL, NULL, NULL, now() - interval '1 day', 'broker.west', 'broker.west'),
  ('00000000-0000-4000-9000-000000000003', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-b000-000000000002',
   NULL, 'Bo', 'Kramer', '2006-10-10', 'bo.k@example.nl', NULL, 'MENTOR', 'Daan Smit', NULL, 'REFERRAL_FORM',
   'WANTS_TO_LEARN', NULL, 'NOT_YET', 0, 0, NULL, CURRENT_DATE + 120, NULL, true, false, CURRENT_DATE - 10, 1,
   'WAITLISTED', 'Stage begint pas over vier maanden; we kijken dan opnieuw.', CURRENT_DATE + 7, now() - interval '8 days',
   'broker.west', NULL, now() - interval '10 days', 'mentor.delta', 'broker.west'),
  ('00000000-0000-4000-9000-000000000011', '00000000-0000-4000-a000-000000000002', '00000000-0000-4000-b000-000000000001',
   '00000000-0000-4000-d000-000000000003', 'Noah', 'Pinas', '2008-03-03', NULL, '0612345631', 'MENTOR', 'Mila Jansen',
   'mentor.rivier@demo.stagemakelaar.nl', 'REFERRAL_FORM', 'STUDENT_STRUGGLES', NULL, 'ONE_TO_TWO_MONTHS', 3, 4,
   'Sollicitatietraining gevolgd in de klas.', CURRENT_DATE + 21, 24, true, false, CURRENT_DATE - 1, 0, 'SUBMITTED',
   NULL, NULL, NULL, NULL, NULL, now() - interval '1 day', 'mentor.rivier', 'mentor.rivier'),
  ('00000000-0000-4000-9000-000000000012', '00000000-0000-4000-a000-000000000002', '00000000-0000-4000-b000-000000000001',
   '00000000-0000-4000-d000-000000000003', 'Dylan', 'Verbeek', '2006-08-05', NULL, '0612345611', 'MENTOR', 'Mila Jansen',
   NULL, 'REFERRAL_FORM', 'SCHOOL_COULD_NOT_FIND_PLACE', NULL, 'MORE_THAN_TWO_MONTHS', 8, 12, NULL, NULL, 80, true, false,
   CURRENT_DATE - 40, 0, 'ACCEPTED', NULL, NULL, now() - interval '38 days', 'broker.rivier',
   '00000000-0000-4000-e000-000000000011', now() - interval '40 days', 'mentor.rivier', 'broker.rivier')
ON CONFLICT (id) DO NOTHING;

INSERT INTO referral_eligibility_answer (referral_id, question_id, answer) VALUES
  ('00000000-0000-4000-9000-000000000001', '00000000-0000-4000-f000-000000000001', true),
  ('00000000-0000-4000-9000-000000000001', '00000000-0000-4000-f000-000000000002', false),
  ('00000000-0000-4000-9000-000000000001', '00000000-0000-4000-f000-000000000003', true),
  ('00000000-0000-4000-9000-000000000002', '00000000-0000-4000-f000-000000000001', true),
  ('00000000-0000-4000-9000-000000000002', '00000000-0000-4000-f000-000000000002', false),
  ('00000000-0000-4000-9000-000000000002', '00000000-0000-4000-f000-000000000003', false),
  ('00000000-0000-4000-9000-000000000003', '00000000-0000-4000-f000-000000000001', true),
  ('00000000-0000-4000-9000-000000000003', '00000000-0000-4000-f000-000000000002', false),
  ('00000000-0000-4000-9000-000000000003', '00000000-0000-4000-f000-000000000003', false),
  ('00000000-0000-4000-9000-000000000011', '00000000-0000-4000-f000-000000000011', true),
  ('00000000-0000-4000-9000-000000000011', '00000000-0000-4000-f000-000000000012', true),
  ('00000000-0000-4000-9000-000000000012', '00000000-0000-4000-f000-000000000011', true),
  ('00000000-0000-4000-9000-000000000012', '00000000-0000-4000-f000-000000000012', true)
ON CONFLICT DO NOTHING;

-- ---- Case work (issue 4): contacts with follow-ups, start dates, timeline ----
UPDATE student SET internship_start_by = CURRENT_DATE + 10
 WHERE id = '00000000-0000-4000-e000-000000000001' AND internship_start_by IS NULL;
UPDATE student SET internship_start_by = CURRENT_DATE + 40
 WHERE id = '00000000-0000-4000-e000-000000000002' AND internship_start_by IS NULL;
UPDATE student SET internship_start_by = CURRENT_DATE + 7
 WHERE id = '00000000-0000-4000-e000-000000000012' AND internship_start_by IS NULL;

INSERT INTO contact (id, organisation_id, student_id, occurred_at, channel, party, minutes, summary, confidential,
                     follow_up_on, author) VALUES
  ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000001',
   now() - interval '6 days', 'PHONE', 'STUDENT', 15, 'Cv besproken; stuurt morgen twee sollicitaties.', false,
   CURRENT_DATE, 'broker.west'),
  ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000003',
   now() - interval '9 days', 'HOME_VISIT', 'PARENT', 60, 'Thuissituatie besproken met moeder.', true,
   CURRENT_DATE - 2, 'broker.west'),
  ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000006',
   now() - interval '2 days', 'WHATSAPP', 'STUDENT', 5, 'Eerste stageweek goed begonnen.', false, NULL, 'broker.west'),
  ('00000000-0000-4000-8000-000000000011', '00000000-0000-4000-a000-000000000002', '00000000-0000-4000-e000-000000000013',
   now() - interval '3 days', 'IN_PERSON', 'EMPLOYER', 45, 'Bezoek bij het leerbedrijf; gaat goed.', false,
   CURRENT_DATE + 11, 'broker.rivier')
ON CONFLICT (id) DO NOTHING;

INSERT INTO timeline_entry (organisation_id, student_id, occurred_at, kind, actor, detail, ref_id)
SELECT c.organisation_id, c.student_id, c.occurred_at, 'CONTACT_LOGGED', c.author,
       c.channel || ' · ' || c.party || ' · ' || c.minutes || ' min', c.id
  FROM contact c
 WHERE c.author IN ('broker.west', 'broker.rivier') AND c.id::text LIKE '00000000-0000-4000-8000-%' AND c.student_id IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM timeline_entry t WHERE t.ref_id = c.id);
INSERT INTO timeline_entry (organisation_id, student_id, occurred_at, kind, actor, detail, ref_id)
SELECT r.organisation_id, r.student_id, r.decided_at, 'REFERRAL_ACCEPTED', r.decided_by,
       r.referrer_kind || ' · ' || r.referrer_name || ' · ' || r.channel, r.id
  FROM referral r
 WHERE r.status = 'ACCEPTED' AND r.id = '00000000-0000-4000-9000-000000000012'
   AND NOT EXISTS (SELECT 1 FROM timeline_entry t WHERE t.ref_id = r.id);

-- ---- Network, places and placements (issue 5) ----
UPDATE employer SET sectors = 'horeca,bakkerij', size = 'SMALL', postcode = '1055 AB', street = 'Bos en Lommerweg 12',
       sbb_status = 'RECOGNISED', sbb_number = '100234', support_openness = 'YES',
       support_note = 'Eigenaar heeft een groot hart voor jongeren die een duwtje nodig hebben.',
       owner_broker = 'broker.west', visit_every_days = 14
 WHERE id = '00000000-0000-4000-c000-000000000001' AND sectors IS NULL;
UPDATE employer SET sectors = 'zorg', size = 'LARGE', sbb_status = 'RECOGNISED', support_openness = 'UNKNOWN',
       vog_required = true, owner_broker = 'broker.west', visit_every_days = 30
 WHERE id = '00000000-0000-4000-c000-000000000002' AND sectors IS NULL;
UPDATE employer SET sectors = 'techniek,fietsen', size = 'SMALL', sbb_status = 'PENDING', support_openness = 'YES'
 WHERE id = '00000000-0000-4000-c000-000000000003' AND sectors IS NULL;
UPDATE employer SET sectors = 'horeca,hotel', size = 'MEDIUM', sbb_status = 'RECOGNISED', support_openness = 'NO'
 WHERE id = '00000000-0000-4000-c000-000000000004' AND sectors IS NULL;
UPDATE employer SET sectors = 'retail', size = 'MEDIUM', sbb_status = 'RECOGNISED', support_openness = 'YES',
       owner_broker = 'broker.rivier', visit_every_days = 14
 WHERE id = '00000000-0000-4000-c000-000000000011' AND sectors IS NULL;
UPDATE employer SET sectors = 'kinderopvang,zorg', size = 'SMALL', sbb_status = 'RECOGNISED', support_openness = 'YES',
       owner_broker = 'broker.rivier', visit_every_days = 14
 WHERE id = '00000000-0000-4000-c000-000000000012' AND sectors IS NULL;

INSERT INTO internship_place (id, organisation_id, employer_id, title, programme_id, sector, level_min, level_max, places,
                              start_date, hours_per_week, city, created_by, updated_by) VALUES
  ('00000000-0000-4000-7000-000000000001', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-c000-000000000001',
   'Verkoop en bediening in de winkel', '00000000-0000-4000-d000-000000000003', 'bakkerij', 1, 2, 1,
   CURRENT_DATE + 7, 24, 'Amsterdam', 'demo', 'demo'),
  ('00000000-0000-4000-7000-000000000002', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-c000-000000000002',
   'Helpende op de afdeling', '00000000-0000-4000-d000-000000000002', 'zorg', 2, 3, 2,
   CURRENT_DATE + 30, 32, 'Amsterdam', 'demo', 'demo'),
  ('00000000-0000-4000-7000-000000000003', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-c000-000000000003',
   'Meewerken in de werkplaats', NULL, 'techniek', 1, 2, 1, NULL, 20, 'Amsterdam', 'demo', 'demo'),
  ('00000000-0000-4000-7000-000000000004', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-c000-000000000004',
   'Receptie en ontbijtservice', '00000000-0000-4000-d000-000000000003', 'hotel', 2, 3, 1,
   CURRENT_DATE + 14, 32, 'Amstelveen', 'demo', 'demo'),
  ('00000000-0000-4000-7000-000000000011', '00000000-0000-4000-a000-000000000002', '00000000-0000-4000-c000-000000000011',
   'Vakkenvullen en kassa', '00000000-0000-4000-d000-000000000003', 'retail', 1, 2, 2,
   CURRENT_DATE + 10, 24, 'Rotterdam', 'demo', 'demo'),
  ('00000000-0000-4000-7000-000000000012', '00000000-0000-4000-a000-000000000002', '00000000-0000-4000-c000-000000000012',
   'Groepshulp kinderopvang', '00000000-0000-4000-d000-000000000002', 'kinderopvang', 2, 3, 1,
   CURRENT_DATE + 21, 28, 'Schiedam', 'demo', 'demo')
ON CONFLICT (id) DO NOTHING;

INSERT INTO placement (id, organisation_id, student_id, employer_id, place_id, type, status, profile, consent_to_share,
                       consent_date, start_date, required_hours, hours_done, created_by, updated_by) VALUES
  ('00000000-0000-4000-6000-000000000001', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000005',
   '00000000-0000-4000-c000-000000000003', NULL, 'EXTERNAL', 'ACCEPTED',
   'Kevin is handig en leert snel; soms wat stil in contact.', true, CURRENT_DATE - 5, CURRENT_DATE + 9, 400, 0,
   'broker.west', 'broker.west'),
  ('00000000-0000-4000-6000-000000000002', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000006',
   '00000000-0000-4000-c000-000000000002', '00000000-0000-4000-7000-000000000002', 'EXTERNAL', 'ACTIVE',
   'Aïcha is zorgzaam en betrouwbaar.', true, CURRENT_DATE - 40, CURRENT_DATE - 14, 600, 80, 'broker.west', 'broker.west'),
  ('00000000-0000-4000-6000-000000000011', '00000000-0000-4000-a000-000000000002', '00000000-0000-4000-e000-000000000013',
   '00000000-0000-4000-c000-000000000012', '00000000-0000-4000-7000-000000000012', 'EXTERNAL', 'ACTIVE',
   'Jayden is rustig en geduldig met kinderen.', true, CURRENT_DATE - 30, CURRENT_DATE - 10, 400, 60,
   'broker.rivier', 'broker.rivier'),
  ('00000000-0000-4000-6000-000000000003', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000001',
   '00000000-0000-4000-c000-000000000004', '00000000-0000-4000-7000-000000000004', 'EXTERNAL', 'PROPOSED',
   'Emre is gemotiveerd en klantvriendelijk; komt graag in de horeca.', true, CURRENT_DATE - 1, NULL, 300, 0,
   'broker.west', 'broker.west')
ON CONFLICT (id) DO NOTHING;

INSERT INTO intake (student_id, organisation_id, already_done, needs, strengths, preferred_sectors, home_city,
                    max_travel_minutes, required_hours, updated_by) VALUES
  ('00000000-0000-4000-e000-000000000001', '00000000-0000-4000-a000-000000000001', 'Acht sollicitaties verstuurd.',
   'APPLICATION_SKILLS,SELF_CONFIDENCE', 'Klantvriendelijk, punctueel', 'bakkerij,hotel', 'Amsterdam', 45, 300, 'demo'),
  ('00000000-0000-4000-e000-000000000002', '00000000-0000-4000-a000-000000000001', NULL,
   'HOME_SITUATION', 'Zorgzaam', 'zorg', 'Amsterdam', 30, 400, 'demo')
ON CONFLICT (student_id) DO NOTHING;

-- ---- Outreach and relation health (issue 5) ----
INSERT INTO contact (id, organisation_id, student_id, employer_id, occurred_at, channel, party, minutes, summary,
                     confidential, author) VALUES
  ('00000000-0000-4000-8000-000000000021', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000006',
   '00000000-0000-4000-c000-000000000002', now() - interval '40 days', 'IN_PERSON', 'EMPLOYER', 45,
   'Bezoek Westerpark: Aïcha doet het goed.', false, 'broker.west'),
  ('00000000-0000-4000-8000-000000000022', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000001',
   '00000000-0000-4000-c000-000000000001', now() - interval '3 days', 'PHONE', 'EMPLOYER', 10,
   'Petra heeft plek voor iemand in de winkel.', false, 'broker.west')
ON CONFLICT (id) DO NOTHING;

INSERT INTO outreach (id, organisation_id, student_id, employer_id, channel, approached_on, result, decline_reason, broker) VALUES
  ('00000000-0000-4000-5000-000000000001', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000001',
   '00000000-0000-4000-c000-000000000004', 'EMAIL', CURRENT_DATE - 6, 'INTERESTED', NULL, 'broker.west'),
  ('00000000-0000-4000-5000-000000000002', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000001',
   '00000000-0000-4000-c000-000000000003', 'PHONE', CURRENT_DATE - 5, 'DECLINED', 'Geen plek tot de zomer', 'broker.west'),
  ('00000000-0000-4000-5000-000000000003', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000001',
   '00000000-0000-4000-c000-000000000001', 'VISIT', CURRENT_DATE - 3, 'INTERVIEW', NULL, 'broker.west'),
  ('00000000-0000-4000-5000-000000000004', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000003',
   '00000000-0000-4000-c000-000000000002', 'LINKEDIN', CURRENT_DATE - 2, 'NO_ANSWER', NULL, 'lead.west')
ON CONFLICT (id) DO NOTHING;

-- Long-standing relations; Fietsenmaker Ruiter is this month's new training company.
UPDATE employer SET created_at = now() - interval '8 months'
 WHERE created_by = 'demo' AND id <> '00000000-0000-4000-c000-000000000003' AND created_at > now() - interval '1 day';

-- ---- Employer portal (issue 6) ----
-- Brokers' work e-mail, shown to employers as the line to their broker (refreshed from the token at login).
UPDATE staff_member SET email = username || '@demo.stagemakelaar.nl'
 WHERE email IS NULL AND username IN ('broker.west', 'lead.west', 'broker.rivier');

UPDATE employer SET description = 'Ambachtelijke bakkerij met winkel in Bos en Lommer. We bakken sinds 1987 en leren '
                               || 'stagiairs graag het vak, van deeg tot toonbank.'
 WHERE id = '00000000-0000-4000-c000-000000000001' AND description IS NULL;

-- Petra Molenaar (realm user employer.demo, fixed id) accepted her invitation long ago.
INSERT INTO employer_invitation (id, organisation_id, employer_id, email, first_name, last_name, keycloak_user_id,
                                 token_hash, expires_at, status, accepted_at, created_at, created_by, updated_by) VALUES
  ('00000000-0000-4000-4000-000000000001', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-c000-000000000001',
   'employer.demo@demo.stagemakelaar.nl', 'Petra', 'Molenaar', '00000000-0000-4000-f000-000000000001', NULL,
   now() - interval '76 days', 'ACTIVE', now() - interval '88 days', now() - interval '90 days', 'broker.west',
   'employer.demo@demo.stagemakelaar.nl')
ON CONFLICT (id) DO NOTHING;

-- Yara is proposed to the bakery (new candidate in the portal); Bram has been an intern there for three weeks.
INSERT INTO student (id, organisation_id, first_name, last_name, date_of_birth, email, phone, school_id,
                     programme_id, phase, guidance_intensity, assigned_broker, created_by, updated_by) VALUES
  ('00000000-0000-4000-e000-000000000007', '00000000-0000-4000-a000-000000000001', 'Yara', 'Koster', '2007-05-19',
   NULL, '0612345607', '00000000-0000-4000-b000-000000000002', '00000000-0000-4000-d000-000000000003',
   'MATCHING', 'INTENSIVE', 'broker.west', 'demo', 'demo'),
  ('00000000-0000-4000-e000-000000000008', '00000000-0000-4000-a000-000000000001', 'Bram', 'de Jong', '2006-02-27',
   NULL, '0612345608', '00000000-0000-4000-b000-000000000002', '00000000-0000-4000-d000-000000000003',
   'IN_INTERNSHIP', 'INTENSIVE', 'broker.west', 'demo', 'demo')
ON CONFLICT (id) DO NOTHING;

INSERT INTO placement (id, organisation_id, student_id, employer_id, place_id, type, status, profile, strengths,
                       support_to_mention, consent_to_share, consent_date, start_date, required_hours, hours_done,
                       created_by, updated_by) VALUES
  ('00000000-0000-4000-6000-000000000004', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000007',
   '00000000-0000-4000-c000-000000000001', '00000000-0000-4000-7000-000000000001', 'EXTERNAL', 'PROPOSED',
   'Yara zoekt een stage in de verkoop. Ze is vriendelijk tegen klanten en werkt netjes.',
   'Vriendelijk, nauwkeurig, houdt van bakken', 'Vindt het fijn als taken vooraf kort worden uitgelegd.',
   true, CURRENT_DATE - 2, NULL, 400, 0, 'broker.west', 'broker.west'),
  ('00000000-0000-4000-6000-000000000005', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000008',
   '00000000-0000-4000-c000-000000000001', NULL, 'EXTERNAL', 'ACTIVE',
   'Bram is praktisch ingesteld en staat graag vroeg op.', 'Doorzetter, sterk in de bakkerij', NULL,
   true, CURRENT_DATE - 35, CURRENT_DATE - 21, 400, 96, 'broker.west', 'broker.west')
ON CONFLICT (id) DO NOTHING;

INSERT INTO check_in (id, organisation_id, placement_id, signal, note, reported_by, reported_at) VALUES
  ('00000000-0000-4000-3000-000000000001', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-6000-000000000005',
   'OK', 'Goede eerste week, leert snel.', 'employer.demo@demo.stagemakelaar.nl', now() - interval '14 days'),
  ('00000000-0000-4000-3000-000000000002', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-6000-000000000005',
   'CONCERN', 'Twee keer te laat deze week; bellen jullie hem even?', 'employer.demo@demo.stagemakelaar.nl',
   now() - interval '1 day')
ON CONFLICT (id) DO NOTHING;

-- ---- The whole desk in the SPA (issue 18) ----
-- Mohamed walked in at the desk; the broker registered him with the referral form and accepted at once.
INSERT INTO referral (id, organisation_id, school_id, programme_id, student_first_name, student_last_name,
    student_date_of_birth, student_email, student_phone, referrer_kind, referrer_name, channel,
    reason, reason_other, search_duration, applications_sent, companies_contacted, school_actions,
    internship_must_start_by, hours_behind, student_consent, guardian_consent, consent_date, eligibility_failures,
    status, decided_at, decided_by, student_id, submitted_at, submitted_by, updated_by) VALUES
  ('00000000-0000-4000-9000-000000000004', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-b000-000000000003',
   '00000000-0000-4000-d000-000000000004', 'Mohamed', 'El Amrani', '2005-06-21', 'mohamed.ea@example.nl', NULL,
   'STUDENT', 'Mohamed El Amrani', 'WALK_IN', 'STUDENT_STRUGGLES', NULL, 'MORE_THAN_TWO_MONTHS', 14, 20,
   'Mentor heeft twee bedrijven gebeld; geen plek.', CURRENT_DATE + 45, 60, true, false, CURRENT_DATE - 21, 0,
   'ACCEPTED', now() - interval '21 days', 'broker.west', '00000000-0000-4000-e000-000000000003',
   now() - interval '21 days', 'broker.west', 'broker.west')
ON CONFLICT (id) DO NOTHING;
INSERT INTO referral_eligibility_answer (referral_id, question_id, answer)
SELECT '00000000-0000-4000-9000-000000000004', q.id, q.qualifying_answer FROM eligibility_question q
 WHERE q.organisation_id = '00000000-0000-4000-a000-000000000001' AND q.active
ON CONFLICT DO NOTHING;

-- Visits and calls about the relation itself, without a student.
INSERT INTO contact (id, organisation_id, student_id, employer_id, occurred_at, channel, party, minutes, summary,
                     confidential, author) VALUES
  ('00000000-0000-4000-8000-000000000031', '00000000-0000-4000-a000-000000000001', NULL,
   '00000000-0000-4000-c000-000000000003', now() - interval '12 days', 'IN_PERSON', 'EMPLOYER', 40,
   'Kennismaking in de werkplaats: vanaf het voorjaar twee plekken voor niveau 2.', false, 'broker.west'),
  ('00000000-0000-4000-8000-000000000032', '00000000-0000-4000-a000-000000000001', NULL,
   '00000000-0000-4000-c000-000000000004', now() - interval '75 days', 'PHONE', 'EMPLOYER', 15,
   'Nieuwe HR-contactpersoon; stagebeleid ongewijzigd.', false, 'lead.west')
ON CONFLICT (id) DO NOTHING;
UPDATE employer SET visit_every_days = 60 WHERE id = '00000000-0000-4000-c000-000000000004' AND visit_every_days IS NULL;

-- Emre can also travel to Zaandam and Diemen.
UPDATE intake SET reach_towns = 'Zaandam,Diemen'
 WHERE student_id = '00000000-0000-4000-e000-000000000001' AND reach_towns IS NULL;

-- Kevin's proposal has an end date; Ilias found his own place at a garage, recorded without a proposal.
UPDATE placement SET end_date = CURRENT_DATE + 9 + 140
 WHERE id = '00000000-0000-4000-6000-000000000001' AND end_date IS NULL;
INSERT INTO student (id, organisation_id, first_name, last_name, date_of_birth, email, phone, school_id,
                     programme_id, phase, guidance_intensity, assigned_broker, created_by, updated_by) VALUES
  ('00000000-0000-4000-e000-000000000009', '00000000-0000-4000-a000-000000000001', 'Ilias', 'Benali', '2006-09-12',
   NULL, '0612345609', '00000000-0000-4000-b000-000000000002', '00000000-0000-4000-d000-000000000007',
   'PLACED', 'PLACEMENT_ONLY', 'broker.west', 'demo', 'demo')
ON CONFLICT (id) DO NOTHING;
INSERT INTO employer (id, organisation_id, name, city, created_by, updated_by) VALUES
  ('00000000-0000-4000-c000-000000000005', '00000000-0000-4000-a000-000000000001', 'Garage Van Dijk', 'Diemen',
   'broker.west', 'broker.west')
ON CONFLICT (id) DO NOTHING;
INSERT INTO internship_place (id, organisation_id, employer_id, title, programme_id, sector, level_min, level_max, places,
                              start_date, hours_per_week, city, created_by, updated_by) VALUES
  ('00000000-0000-4000-7000-000000000005', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-c000-000000000005',
   'Assistent in de werkplaats', NULL, 'techniek', 1, 2, 2, CURRENT_DATE + 40, 32, 'Diemen', 'broker.west', 'broker.west')
ON CONFLICT (id) DO NOTHING;
INSERT INTO placement (id, organisation_id, student_id, employer_id, type, status, profile, consent_to_share,
                       consent_date, start_date, end_date, required_hours, hours_done, created_by, updated_by) VALUES
  ('00000000-0000-4000-6000-000000000006', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000009',
   '00000000-0000-4000-c000-000000000005', 'FOUND_BY_STUDENT', 'ACCEPTED', NULL, false, NULL, CURRENT_DATE + 14,
   CURRENT_DATE + 14 + 120, 480, 0, 'broker.west', 'broker.west')
ON CONFLICT (id) DO NOTHING;

-- Last contact per employer from contacts and outreach (idempotent; the application keeps it from here).
UPDATE employer e SET last_contact_at = greatest(
    (SELECT max(c.occurred_at) FROM contact c WHERE c.employer_id = e.id),
    (SELECT max(o.approached_on)::timestamptz FROM outreach o WHERE o.employer_id = e.id))
 WHERE e.created_by IN ('demo', 'broker.west') AND e.last_contact_at IS NULL;

-- The organisation's settings: West suggests a follow-up a week after each contact; brokers' capacity.
UPDATE organisation SET follow_up_days = 7
 WHERE id = '00000000-0000-4000-a000-000000000001' AND follow_up_days IS NULL;
UPDATE organisation SET hourly_cost = 65
 WHERE id = '00000000-0000-4000-a000-000000000001' AND hourly_cost IS NULL;
UPDATE staff_member SET hours_per_week = 32, max_active_cases = 15
 WHERE username = 'broker.west' AND hours_per_week IS NULL AND max_active_cases IS NULL;
UPDATE staff_member SET hours_per_week = 24, max_active_cases = 10
 WHERE username = 'broker.rivier' AND hours_per_week IS NULL AND max_active_cases IS NULL;
INSERT INTO setting_change (organisation_id, changed_at, changed_by, setting, old_value, new_value)
SELECT '00000000-0000-4000-a000-000000000001', now() - interval '30 days', 'lead.west', 'followUpDays', '', '7'
 WHERE NOT EXISTS (SELECT 1 FROM setting_change WHERE organisation_id = '00000000-0000-4000-a000-000000000001');
-- Answers keep the wording they were given with.
UPDATE referral_eligibility_answer a SET question_text = q.text, qualifying_answer = q.qualifying_answer
  FROM eligibility_question q WHERE q.id = a.question_id AND a.question_text IS NULL;

-- ---- During the internship (issue 12) ----
-- Bram's broker agreed with his father to be the extra alarm clock; the employer's concern stays on top.
INSERT INTO check_in (id, organisation_id, placement_id, party, channel, signal, note, reported_by, reported_at,
                      acknowledged_at, acknowledged_by) VALUES
  ('00000000-0000-4000-3000-000000000003', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-6000-000000000005',
   'PARENT', 'PHONE', 'CONCERN', 'Vader belt hem tot de zomer elke ochtend wakker.', 'broker.west', now() - interval '2 days',
   now() - interval '2 days', 'broker.west')
ON CONFLICT (id) DO NOTHING;

-- ---- When it goes wrong, and after (issue 12) ----
-- Sanne finished her internship three days ago and waits for the next step; Daan's case closed with a hand-off
-- to the district team; Noah missed three appointments in a row and is out of contact.
INSERT INTO student (id, organisation_id, first_name, last_name, date_of_birth, email, phone, school_id,
                     programme_id, phase, guidance_intensity, assigned_broker, out_of_contact_since, created_by, updated_by) VALUES
  ('00000000-0000-4000-e000-000000000021', '00000000-0000-4000-a000-000000000001', 'Sanne', 'Visser', '2006-10-02',
   'sanne.v@example.nl', '0612345621', '00000000-0000-4000-b000-000000000003', '00000000-0000-4000-d000-000000000006',
   'INTERNSHIP_ENDED', 'INTENSIVE', 'broker.west', NULL, 'demo', 'demo'),
  ('00000000-0000-4000-e000-000000000022', '00000000-0000-4000-a000-000000000001', 'Daan', 'Mulder', '2005-03-14',
   NULL, '0612345622', '00000000-0000-4000-b000-000000000002', '00000000-0000-4000-d000-000000000007',
   'CLOSED', 'PLACEMENT_ONLY', 'broker.west', NULL, 'demo', 'demo'),
  ('00000000-0000-4000-e000-000000000023', '00000000-0000-4000-a000-000000000001', 'Noah', 'Peters', '2007-01-25',
   NULL, '0612345623', '00000000-0000-4000-b000-000000000002', '00000000-0000-4000-d000-000000000003',
   'PREPARATION', 'INTENSIVE', 'broker.west', CURRENT_DATE - 2, 'demo', 'demo')
ON CONFLICT (id) DO NOTHING;

INSERT INTO placement (id, organisation_id, student_id, employer_id, place_id, type, status, profile, consent_to_share,
                       consent_date, start_date, end_date, required_hours, hours_done, created_by, updated_by) VALUES
  ('00000000-0000-4000-6000-000000000021', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000021',
   '00000000-0000-4000-c000-000000000002', NULL, 'EXTERNAL', 'COMPLETED',
   'Sanne is geduldig en goed met ouderen.', true, CURRENT_DATE - 130, CURRENT_DATE - 120, CURRENT_DATE - 3, 600, 600,
   'broker.west', 'broker.west')
ON CONFLICT (id) DO NOTHING;

INSERT INTO contact (id, organisation_id, student_id, occurred_at, channel, party, minutes, summary, confidential,
                     follow_up_on, author, outcome) VALUES
  ('00000000-0000-4000-8000-000000000041', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000023',
   now() - interval '9 days', 'IN_PERSON', 'STUDENT', 0, 'Niet op de afspraak gekomen.', false, NULL, 'broker.west', 'NO_SHOW'),
  ('00000000-0000-4000-8000-000000000042', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000023',
   now() - interval '5 days', 'PHONE', 'STUDENT', 5, 'Twee keer gebeld, geen gehoor.', false, NULL, 'broker.west', 'NOT_REACHED'),
  ('00000000-0000-4000-8000-000000000043', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000023',
   now() - interval '2 days', 'WHATSAPP', 'STUDENT', 2, 'Appje gelezen, geen antwoord.', false, NULL, 'broker.west', 'NOT_REACHED')
ON CONFLICT (id) DO NOTHING;

INSERT INTO hand_off (id, organisation_id, student_id, to_kind, to_name, handed_off_on, reason, created_at, created_by) VALUES
  ('00000000-0000-4000-5200-000000000001', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000022',
   'DISTRICT_TEAM', 'Wijkteam West, Mirjam Bos', CURRENT_DATE - 20,
   'Daan stopt met de opleiding; het wijkteam helpt hem met geldzaken en werk.', now() - interval '20 days', 'broker.west')
ON CONFLICT (id) DO NOTHING;
INSERT INTO case_closure (id, organisation_id, student_id, closed_at, closed_by, placement_outcome, education_outcome,
                          hand_off_id, reason) VALUES
  ('00000000-0000-4000-5300-000000000001', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000022',
   now() - interval '20 days', 'broker.west', 'NOT_PLACED', 'STOPPED', '00000000-0000-4000-5200-000000000001',
   'Gestopt met de opleiding, overgedragen aan het wijkteam.')
ON CONFLICT (id) DO NOTHING;

-- Bram's father agreed to be the extra alarm clock; the broker looks back on it today.
INSERT INTO guardian (id, organisation_id, student_id, name, relation, phone, email, may_contact, note, created_at,
                      created_by, updated_at, updated_by) VALUES
  ('00000000-0000-4000-5100-000000000001', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000008',
   'Kees de Jong', 'PARENT', '0612399008', NULL, true, 'Bel liever na 17:00.', now() - interval '30 days', 'broker.west',
   now() - interval '30 days', 'broker.west')
ON CONFLICT (id) DO NOTHING;
INSERT INTO intervention (id, organisation_id, placement_id, check_in_id, agreement, with_whom, due_on, created_at,
                          created_by, updated_at, updated_by) VALUES
  ('00000000-0000-4000-5400-000000000001', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-6000-000000000005',
   '00000000-0000-4000-3000-000000000003', 'Vader belt Bram elke werkdag om 6:30 wakker, tot de zomer.',
   'Vader, Kees de Jong', CURRENT_DATE, now() - interval '2 days', 'broker.west', now() - interval '2 days', 'broker.west')
ON CONFLICT (id) DO NOTHING;

-- ---- Self-assessments (issue 13) ----
-- Iris finished her internship two months ago and closed; she and Daan answered before and after. Sanne's
-- "after" is still to come: a task on the dashboard.
INSERT INTO student (id, organisation_id, first_name, last_name, date_of_birth, email, phone, school_id,
                     programme_id, phase, guidance_intensity, assigned_broker, created_by, updated_by) VALUES
  ('00000000-0000-4000-e000-000000000024', '00000000-0000-4000-a000-000000000001', 'Iris', 'Smit', '2005-11-09',
   'iris.s@example.nl', '0612345624', '00000000-0000-4000-b000-000000000002', '00000000-0000-4000-d000-000000000003',
   'CLOSED', 'INTENSIVE', 'broker.west', 'demo', 'demo')
ON CONFLICT (id) DO NOTHING;
INSERT INTO placement (id, organisation_id, student_id, employer_id, place_id, type, status, profile, consent_to_share,
                       consent_date, start_date, end_date, required_hours, hours_done, created_by, updated_by) VALUES
  ('00000000-0000-4000-6000-000000000024', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000024',
   '00000000-0000-4000-c000-000000000001', NULL, 'EXTERNAL', 'COMPLETED',
   'Iris is klantvriendelijk en leergierig.', true, CURRENT_DATE - 200, CURRENT_DATE - 180, CURRENT_DATE - 60, 400, 400,
   'broker.west', 'broker.west')
ON CONFLICT (id) DO NOTHING;
INSERT INTO case_closure (id, organisation_id, student_id, closed_at, closed_by, placement_outcome, education_outcome, reason) VALUES
  ('00000000-0000-4000-5300-000000000002', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000024',
   now() - interval '55 days', 'broker.west', 'PLACED_EXTERNALLY', 'STILL_STUDYING', 'Stage afgerond, volgt haar opleiding.')
ON CONFLICT (id) DO NOTHING;
INSERT INTO survey_response (id, organisation_id, student_id, moment, instrument_id, submitted_at)
SELECT ('00000000-0000-4000-5700-0000000000' || x.n)::uuid, '00000000-0000-4000-a000-000000000001', x.student, x.moment,
       i.id, now() - (x.days || ' days')::interval
  FROM (VALUES ('11', '00000000-0000-4000-e000-000000000024'::uuid, 'BEFORE', 190),
               ('12', '00000000-0000-4000-e000-000000000024'::uuid, 'AFTER', 58),
               ('21', '00000000-0000-4000-e000-000000000022'::uuid, 'BEFORE', 200),
               ('22', '00000000-0000-4000-e000-000000000022'::uuid, 'AFTER', 21)) AS x(n, student, moment, days)
  JOIN survey_instrument i ON i.moment = x.moment AND i.active
ON CONFLICT (id) DO NOTHING;
-- Ratings that are the same on every run: from a hash of the statement and the student; "after" a little higher.
INSERT INTO survey_answer (response_id, organisation_id, item_id, item_code, scale_value, choice)
SELECT r.id, r.organisation_id, it.id, it.code,
       CASE WHEN it.kind = 'SCALE' THEN least(5, 2 + abs(hashtext(it.code || r.student_id::text)) % 3
            + CASE WHEN r.moment = 'AFTER' THEN abs(hashtext(it.code)) % 2 ELSE 0 END) END,
       CASE WHEN it.kind = 'CHOICE' THEN it.options -> (abs(hashtext(it.code || r.student_id::text)) % jsonb_array_length(it.options)) ->> 'code' END
  FROM survey_response r JOIN survey_item it ON it.instrument_id = r.instrument_id
 WHERE r.id::text LIKE '00000000-0000-4000-5700-%'
ON CONFLICT DO NOTHING;

-- Consent records: the referral's for referred students, the registering broker's for the others, and each
-- proposal's for sharing with the employer (idempotent).
INSERT INTO consent (id, organisation_id, student_id, purpose, referral_id, student_consent, guardian_consent, given_on,
                     recorded_by)
SELECT gen_random_uuid(), r.organisation_id, r.student_id, 'CASE', r.id, true, r.guardian_consent, r.consent_date,
       r.submitted_by
FROM referral r
WHERE r.student_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM consent c WHERE c.referral_id = r.id);
INSERT INTO consent (id, organisation_id, student_id, purpose, student_consent, guardian_consent, given_on, recorded_by)
SELECT gen_random_uuid(), s.organisation_id, s.id, 'CASE', true, false, s.created_at::date, s.created_by
FROM student s
WHERE NOT EXISTS (SELECT 1 FROM consent c WHERE c.student_id = s.id AND c.purpose = 'CASE');
INSERT INTO consent (id, organisation_id, student_id, purpose, placement_id, student_consent, given_on, recorded_by)
SELECT gen_random_uuid(), p.organisation_id, p.student_id, 'EMPLOYER_SHARING', p.id, true, p.consent_date, p.created_by
FROM placement p
WHERE p.consent_to_share AND NOT EXISTS (SELECT 1 FROM consent c WHERE c.placement_id = p.id);

-- Privacy: a case closed more than 24 months ago that the retention job has already erased. What stays is anonymous:
-- the phase, the closing's outcomes and the minutes of its contacts, so last years' figures stay right.
INSERT INTO student (id, organisation_id, first_name, last_name, date_of_birth, email, phone, school_id,
                     programme_id, phase, guidance_intensity, assigned_broker, created_by, updated_by, erased_at) VALUES
  ('00000000-0000-4000-e000-000000000031', '00000000-0000-4000-a000-000000000001', 'Geanonimiseerd', '(AVG)', '2005-01-01',
   NULL, NULL, '00000000-0000-4000-b000-000000000002', '00000000-0000-4000-d000-000000000003',
   'CLOSED', 'INTENSIVE', 'broker.west', 'demo', 'retention', now() - interval '20 days')
ON CONFLICT (id) DO NOTHING;
INSERT INTO case_closure (id, organisation_id, student_id, closed_at, closed_by, placement_outcome, education_outcome, reason) VALUES
  ('00000000-0000-4000-5300-000000000031', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000031',
   now() - interval '25 months', 'broker.west', 'PLACED_EXTERNALLY', 'DIPLOMA', '—')
ON CONFLICT (id) DO NOTHING;
INSERT INTO contact (id, organisation_id, student_id, occurred_at, channel, party, minutes, summary, confidential, author) VALUES
  ('00000000-0000-4000-8000-000000000931', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000031',
   now() - interval '27 months', 'IN_PERSON', 'STUDENT', 45, NULL, false, 'broker.west'),
  ('00000000-0000-4000-8000-000000000932', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000031',
   now() - interval '26 months', 'PHONE', 'STUDENT', 10, NULL, false, 'broker.west')
ON CONFLICT (id) DO NOTHING;

-- Bulk imports (issue 16): a feed's reference on two of West's places and school numbers on the first West students,
-- so a re-import of a feed or a school's list matches them (demo files: docs/integrations.md). Only where still empty.
UPDATE internship_place SET reference = 'DEMO-' || right(id::text, 3), version = version + 1
 WHERE id IN ('00000000-0000-4000-7000-000000000001', '00000000-0000-4000-7000-000000000002') AND reference IS NULL;
UPDATE student SET school_number = '2026' || right(id::text, 3), version = version + 1
 WHERE id IN ('00000000-0000-4000-e000-000000000001', '00000000-0000-4000-e000-000000000002',
              '00000000-0000-4000-e000-000000000007', '00000000-0000-4000-e000-000000000008')
   AND school_number IS NULL AND erased_at IS NULL;

-- SBB recognition checked (issue 17): most checked this spring, the hotel 14 months ago, so its reminder shows.
UPDATE employer SET sbb_checked_on = CASE WHEN id = '00000000-0000-4000-c000-000000000004' THEN CURRENT_DATE - 425
                                          ELSE CURRENT_DATE - 60 END
 WHERE id IN ('00000000-0000-4000-c000-000000000001', '00000000-0000-4000-c000-000000000002',
              '00000000-0000-4000-c000-000000000003', '00000000-0000-4000-c000-000000000004',
              '00000000-0000-4000-c000-000000000011', '00000000-0000-4000-c000-000000000012')
   AND sbb_checked_on IS NULL;

-- Certificate of conduct (issue 17): the hotel asks for a VOG at reception; Emre, proposed there, has requested his.
UPDATE internship_place SET certificate_of_conduct_required = true, version = version + 1
 WHERE id = '00000000-0000-4000-7000-000000000004' AND NOT certificate_of_conduct_required;
INSERT INTO preparation_item (student_id, organisation_id, item, status, changed_at, changed_by) VALUES
  ('00000000-0000-4000-e000-000000000001', '00000000-0000-4000-a000-000000000001', 'CERTIFICATE_OF_CONDUCT',
   'IN_PROGRESS', now() - interval '2 days', 'broker.west')
ON CONFLICT DO NOTHING;
-- The care home asks every intern for one (the employer's flag); Aïcha's was received before she started.
INSERT INTO preparation_item (student_id, organisation_id, item, status, changed_at, changed_by) VALUES
  ('00000000-0000-4000-e000-000000000006', '00000000-0000-4000-a000-000000000001', 'CERTIFICATE_OF_CONDUCT',
   'DONE', now() - interval '20 days', 'broker.west')
ON CONFLICT DO NOTHING;

-- Vacancies and applications (issue 17): Emre applied himself twice; his broker sent him the bakery's place by WhatsApp.
INSERT INTO application (id, organisation_id, student_id, origin, place_id, employer_name, title, url, channel, on_date,
                         result, note, created_at, created_by, updated_at, updated_by) VALUES
  ('00000000-0000-4000-5600-000000000001', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000001',
   'STUDENT', NULL, 'Hotel Noord', 'Stage receptie', 'https://werkenbij.example.nl/hotel-noord/receptie', NULL,
   CURRENT_DATE - 21, 'REJECTED', 'Geen reactie op zijn brief, daarna een afwijzing per mail.', now() - interval '21 days',
   'broker.west', now() - interval '14 days', 'broker.west'),
  ('00000000-0000-4000-5600-000000000002', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000001',
   'STUDENT', NULL, 'Supermarkt Oost', 'Vakkenvuller', NULL, NULL, CURRENT_DATE - 12, 'NO_RESPONSE', NULL,
   now() - interval '12 days', 'broker.west', now() - interval '12 days', 'broker.west'),
  ('00000000-0000-4000-5600-000000000003', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000001',
   'SENT_BY_BROKER', '00000000-0000-4000-7000-000000000001', 'Bakkerij De Molen', 'Verkoop en bediening in de winkel', NULL,
   'MESSAGE', CURRENT_DATE - 4, 'APPLIED', NULL, now() - interval '4 days', 'broker.west', now() - interval '2 days', 'broker.west')
ON CONFLICT (id) DO NOTHING;

-- The student's own door (issue 17): West's public page is open; who does not qualify is sent to the Jongerenloket.
UPDATE organisation SET self_sign_up = true,
       not_eligible_text = 'Je kunt je niet bij ons aanmelden. Woon of leer je niet in Amsterdam? Vraag je mentor of de '
                        || 'BPV-coördinator van je school om hulp. Of bel het Jongerenloket: 020 123 4567 (maandag tot vrijdag).',
       version = version + 1
 WHERE id = '00000000-0000-4000-a000-000000000001' AND NOT self_sign_up AND not_eligible_text IS NULL;

-- The loop with schools (issue 17): West's agreements with Delta College and its two placement coordinators.
INSERT INTO school_relation (id, organisation_id, school_id, agreements, created_at, created_by, updated_at, updated_by) VALUES
  ('00000000-0000-4000-5900-000000000001', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-b000-000000000002',
   'De school verwijst door na twee maanden zelf zoeken met begeleiding van de mentor. Wij doen de intake, het klaarstomen '
   || 'en de plaatsing. De BPV-coördinator tekent de praktijkovereenkomst en hoort (met toestemming) hoe het afliep. '
   || 'Elk kwartaal bespreken we de cijfers met de teamleider BPV.', now(), 'demo', now(), 'demo')
ON CONFLICT (id) DO NOTHING;
INSERT INTO school_coordinator (id, organisation_id, relation_id, position, name, role, email, phone) VALUES
  ('00000000-0000-4000-5a00-000000000001', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-5900-000000000001',
   0, 'Fatima Bouzid', 'BPV-coördinator zorg en welzijn', 'f.bouzid@delta.example.nl', '020 555 0101'),
  ('00000000-0000-4000-5a00-000000000002', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-5900-000000000001',
   1, 'Jan de Wit', 'BPV-coördinator economie en retail', 'j.dewit@delta.example.nl', NULL)
ON CONFLICT (id) DO NOTHING;

-- The standard kit (issue 17): West's four documents (small real PDFs, made here so every viewer opens them), two
-- message templates, and the kit Emre received by WhatsApp and opened.
DO $$
DECLARE
    doc record;
    body text;
    objs text[];
    pdf text;
    offsets int[];
    i int;
    line text;
    y int;
BEGIN
    FOR doc IN SELECT * FROM (VALUES
        ('00000000-0000-4000-5b00-000000000001'::uuid, 'Intakeformulier', 'INTAKE_FORM', 'intakeformulier.pdf', 1,
         ARRAY['Intakeformulier', '', 'Naam:', 'Opleiding en niveau:', 'Wat voor stage zoek je?', 'Hoeveel uur per week kun je?',
               'Waar heb je al gesolliciteerd?', 'Wat vind je lastig bij solliciteren?', 'Neem dit formulier mee naar het gesprek.']),
        ('00000000-0000-4000-5b00-000000000002'::uuid, 'Opzet motivatiebrief', 'MOTIVATION_LETTER', 'opzet-motivatiebrief.pdf', 2,
         ARRAY['Opzet motivatiebrief', '', '1. Wie ben je? Naam, opleiding, school.', '2. Waarom dit bedrijf? Wat spreekt je aan?',
               '3. Wat kun je al? Een voorbeeld uit school of werk.', '4. Wat wil je leren tijdens je stage?',
               '5. Afsluiting: je wilt graag op gesprek komen.', 'Houd het kort: niet meer dan een half A4.']),
        ('00000000-0000-4000-5b00-000000000003'::uuid, 'Voorbeeld-cv', 'CV', 'voorbeeld-cv.pdf', 3,
         ARRAY['Voorbeeld-cv', '', 'Sanne de Vries - 06 12345678 - sanne@example.nl', 'Opleiding: Helpende Zorg en Welzijn, niveau 2 (BBL)',
               'Werkervaring: vakkenvuller, Supermarkt Oost (2024 - nu)', 'Vaardigheden: op tijd, rustig, goed met ouderen',
               'Talen: Nederlands, Engels, Turks', 'Hobby''s: voetbal, koken voor mijn familie']),
        ('00000000-0000-4000-5b00-000000000004'::uuid, 'Sollicitatiegesprek voorbereiden (STARR)', 'INTERVIEW_PREPARATION',
         'sollicitatiegesprek-starr.pdf', 4,
         ARRAY['Sollicitatiegesprek voorbereiden met STARR', '', 'Situatie: waar was je, wat was er aan de hand?',
               'Taak: wat moest jij doen?', 'Actie: wat deed je precies?', 'Resultaat: hoe liep het af?',
               'Reflectie: wat heb je geleerd, wat doe je de volgende keer anders?',
               'Oefen twee voorbeelden hardop, bijvoorbeeld met je begeleider.'])
    ) AS d(id, title, item, file_name, n, lines)
    LOOP
        body := 'BT /F1 12 Tf 56 780 Td 16 TL';
        FOREACH line IN ARRAY doc.lines LOOP
            body := body || ' (' || replace(replace(replace(line, '\', '\\'), '(', '\('), ')', '\)') || ') ''';
        END LOOP;
        body := body || 'ET';
        objs := ARRAY['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
            '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            '<< /Length ' || octet_length(body) || ' >>' || chr(10) || 'stream' || chr(10) || body || chr(10) || 'endstream'];
        pdf := '%PDF-1.4' || chr(10);
        offsets := ARRAY[]::int[];
        FOR i IN 1 .. array_length(objs, 1) LOOP
            offsets := offsets || octet_length(pdf);
            pdf := pdf || i || ' 0 obj' || chr(10) || objs[i] || chr(10) || 'endobj' || chr(10);
        END LOOP;
        y := octet_length(pdf);
        pdf := pdf || 'xref' || chr(10) || '0 6' || chr(10) || '0000000000 65535 f ' || chr(10);
        FOR i IN 1 .. 5 LOOP
            pdf := pdf || lpad(offsets[i]::text, 10, '0') || ' 00000 n ' || chr(10);
        END LOOP;
        pdf := pdf || 'trailer << /Size 6 /Root 1 0 R >>' || chr(10) || 'startxref' || chr(10) || y || chr(10) || '%%EOF' || chr(10);
        INSERT INTO kit_document (id, organisation_id, title, preparation_item, file_name, content_type, size_bytes, content,
                                  created_at, created_by)
        VALUES (doc.id, '00000000-0000-4000-a000-000000000001', doc.title, doc.item, doc.file_name, 'application/pdf',
                octet_length(pdf), convert_to(pdf, 'LATIN1'), now() - interval '30 days' + doc.n * interval '1 minute', 'lead.west')
        ON CONFLICT (id) DO NOTHING;
    END LOOP;
END $$;

INSERT INTO message_template (id, organisation_id, name, body, updated_at, updated_by) VALUES
  ('00000000-0000-4000-5c00-000000000001', '00000000-0000-4000-a000-000000000001', 'Startpakket via WhatsApp',
   E'Hoi {voornaam}! Welkom bij {organisatie}. Via deze link vind je het intakeformulier, een voorbeeld-cv, de opzet van een motivatiebrief en tips voor je sollicitatiegesprek:\n{link}\nDe link werkt tot {geldig_tot}. Vul het intakeformulier in voor ons gesprek. Groetjes, {begeleider}',
   now() - interval '30 days', 'lead.west'),
  ('00000000-0000-4000-5c00-000000000002', '00000000-0000-4000-a000-000000000001', 'Startpakket per e-mail',
   E'Beste {voornaam},\n\nWelkom bij {organisatie}. In de bijlage vind je het intakeformulier, een voorbeeld-cv, de opzet van een motivatiebrief en de STARR-methode om je sollicitatiegesprek voor te bereiden. Je kunt ze ook downloaden via deze link (tot {geldig_tot}):\n{link}\n\nVul het intakeformulier in en neem het mee naar ons eerste gesprek.\n\nMet vriendelijke groet,\n{begeleider}\n{organisatie}',
   now() - interval '30 days', 'lead.west')
ON CONFLICT (id) DO NOTHING;

-- Emre's kit: the link's token is not kept anywhere (only a hash of a random value), so it cannot be opened from here.
INSERT INTO kit_send (id, organisation_id, student_id, channel, template_id, token_hash, expires_at, sent_at, sent_by, opened_at)
VALUES ('00000000-0000-4000-5d00-000000000001', '00000000-0000-4000-a000-000000000001', '00000000-0000-4000-e000-000000000001',
        'MESSAGE', '00000000-0000-4000-5c00-000000000001', encode(sha256(gen_random_uuid()::text::bytea), 'hex'),
        now() - interval '6 days', now() - interval '20 days', 'broker.west', now() - interval '19 days')
ON CONFLICT (id) DO NOTHING;
INSERT INTO kit_send_document (send_id, document_id, organisation_id)
SELECT '00000000-0000-4000-5d00-000000000001', d.id, d.organisation_id FROM kit_document d
 WHERE d.id::text LIKE '00000000-0000-4000-5b00-%'
ON CONFLICT DO NOTHING;
INSERT INTO timeline_entry (organisation_id, student_id, occurred_at, kind, actor, detail, ref_id)
SELECT k.organisation_id, k.student_id, k.sent_at, 'KIT_SENT', k.sent_by,
       'MESSAGE · Intakeformulier, Opzet motivatiebrief, Voorbeeld-cv, Sollicitatiegesprek voorbereiden (STARR)', k.id
  FROM kit_send k
 WHERE k.id = '00000000-0000-4000-5d00-000000000001'
   AND NOT EXISTS (SELECT 1 FROM timeline_entry t WHERE t.ref_id = k.id AND t.kind = 'KIT_SENT');

-- The student's own door (issue 17): West's questions as a student reads them on the public page.
UPDATE eligibility_question q SET student_text = w.student_text
  FROM (VALUES
    ('00000000-0000-4000-f000-000000000001'::uuid, 'Zit je op school (vmbo, mbo of hbo) en woon of leer je in Amsterdam?'),
    ('00000000-0000-4000-f000-000000000002'::uuid, 'Heb je al een stageplek gevonden?'),
    ('00000000-0000-4000-f000-000000000003'::uuid, 'Moet je stage binnen drie maanden beginnen?')
  ) AS w (id, student_text)
 WHERE q.id = w.id AND q.student_text IS NULL AND q.version = 0;
