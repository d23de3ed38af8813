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
