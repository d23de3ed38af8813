-- Impact measurement (issue 13, first part): self-assessments at intake ("before") and after the internship,
-- linked per student by design, from instruments that are data (versioned lists of statements in themes).

CREATE TABLE survey_instrument (
    id          uuid PRIMARY KEY,
    moment      varchar(10)  NOT NULL CHECK (moment IN ('BEFORE', 'AFTER')),
    version     integer      NOT NULL CHECK (version >= 1),
    title       varchar(200) NOT NULL,
    active      boolean      NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (moment, version)
);
-- The link a broker sends uses the active version of its moment.
CREATE UNIQUE INDEX survey_instrument_active_idx ON survey_instrument (moment) WHERE active;

-- A statement rated 1-5 (SCALE) or a question with one answer from a list (CHOICE). The code is stable across
-- versions: before and after are paired on it.
CREATE TABLE survey_item (
    id            uuid PRIMARY KEY,
    instrument_id uuid          NOT NULL REFERENCES survey_instrument (id),
    position      integer       NOT NULL,
    code          varchar(40)   NOT NULL,
    theme         varchar(40)   NOT NULL,
    theme_title   varchar(100)  NOT NULL,
    kind          varchar(10)   NOT NULL CHECK (kind IN ('SCALE', 'CHOICE')),
    text          varchar(300)  NOT NULL,
    options       jsonb,
    CHECK ((kind = 'CHOICE') = (options IS NOT NULL)),
    UNIQUE (instrument_id, code),
    UNIQUE (instrument_id, position)
);

-- One personal link per student and moment; sending again replaces the token until it is answered.
CREATE TABLE survey_invitation (
    id              uuid PRIMARY KEY,
    organisation_id uuid          NOT NULL REFERENCES organisation (id),
    student_id      uuid          NOT NULL REFERENCES student (id),
    moment          varchar(10)   NOT NULL CHECK (moment IN ('BEFORE', 'AFTER')),
    instrument_id   uuid          NOT NULL REFERENCES survey_instrument (id),
    token_hash      varchar(64)   NOT NULL UNIQUE,
    expires_at      timestamptz   NOT NULL,
    sent_at         timestamptz   NOT NULL,
    sent_by         varchar(100)  NOT NULL,
    completed_at    timestamptz,
    version         integer       NOT NULL DEFAULT 0,
    UNIQUE (student_id, moment)
);

CREATE TABLE survey_response (
    id              uuid PRIMARY KEY,
    organisation_id uuid          NOT NULL REFERENCES organisation (id),
    student_id      uuid          NOT NULL REFERENCES student (id),
    moment          varchar(10)   NOT NULL CHECK (moment IN ('BEFORE', 'AFTER')),
    instrument_id   uuid          NOT NULL REFERENCES survey_instrument (id),
    submitted_at    timestamptz   NOT NULL,
    UNIQUE (student_id, moment)
);
CREATE INDEX survey_response_org_moment_idx ON survey_response (organisation_id, moment, submitted_at);

CREATE TABLE survey_answer (
    response_id uuid         NOT NULL REFERENCES survey_response (id),
    item_id     uuid         NOT NULL REFERENCES survey_item (id),
    item_code   varchar(40)  NOT NULL,
    scale_value smallint     CHECK (scale_value BETWEEN 1 AND 5),
    choice      varchar(40),
    CHECK ((scale_value IS NULL) <> (choice IS NULL)),
    PRIMARY KEY (response_id, item_id)
);
CREATE INDEX survey_answer_code_idx ON survey_answer (item_code, response_id);

ALTER TABLE timeline_entry DROP CONSTRAINT timeline_entry_kind_check;
ALTER TABLE timeline_entry ADD CONSTRAINT timeline_entry_kind_check CHECK (kind IN ('REFERRAL_ACCEPTED',
    'PHASE_CHANGED', 'INTENSITY_CHANGED', 'BROKER_ASSIGNED', 'CONTACT_LOGGED', 'INTAKE_UPDATED',
    'CHECKLIST_CHANGED', 'ATTACHMENT_ADDED', 'PLACEMENT_CHANGED', 'OUTREACH_LOGGED', 'CHECK_IN_REPORTED',
    'HOURS_CONFIRMED', 'EVALUATION_GIVEN', 'CONSENT_RECORDED', 'CONSENT_WITHDRAWN', 'STUDENT_UPDATED',
    'OUT_OF_CONTACT', 'BACK_IN_CONTACT', 'GUARDIAN_CHANGED', 'INTERVENTION_AGREED', 'INTERVENTION_EVALUATED',
    'HANDED_OFF', 'CASE_CLOSED', 'CASE_REOPENED', 'SURVEY_SENT', 'SURVEY_ANSWERED'));

-- The default instruments, from the report (SEO 2021, figures 2.1-2.4 and 3.1-3.7).
INSERT INTO survey_instrument (id, moment, version, title, active) VALUES
  ('00000000-0000-4000-5500-000000000001', 'BEFORE', 1, 'Vooraf: bij de start', true),
  ('00000000-0000-4000-5500-000000000002', 'AFTER', 1, 'Achteraf: na de stage', true);

INSERT INTO survey_item (id, instrument_id, position, code, theme, theme_title, kind, text, options) VALUES
  ('00000000-0000-4000-5600-000000000001', '00000000-0000-4000-5500-000000000001', 1, 'REASON_FOR_CONTACT', 'BACKGROUND', 'Over jou', 'CHOICE', 'Waarom ben je in contact gekomen met de stagemakelaar?', '[{"code": "OWN_DIFFICULTY", "label": "Omdat ik zelf moeite heb om een stageplek te krijgen"}, {"code": "SCHOOL_THOUGHT_NECESSARY", "label": "Omdat de opleiding vond dat dit nodig was"}, {"code": "SCHOOL_FOUND_NO_PLACE", "label": "Omdat de opleiding geen stageplek voor mij kon vinden"}, {"code": "WANTS_TO_LEARN", "label": "Omdat ik dingen van de stagemakelaar wil leren, zodat ik een goede stage kan lopen"}, {"code": "OTHER", "label": "Anders"}, {"code": "DONT_KNOW", "label": "Weet ik niet (meer)"}]'::jsonb),
  ('00000000-0000-4000-5600-000000000002', '00000000-0000-4000-5500-000000000001', 2, 'SEARCH_DURATION', 'BACKGROUND', 'Over jou', 'CHOICE', 'Hoe lang heb je naar een stageplek gezocht voordat je in contact kwam met de stagemakelaar?', '[{"code": "NOT_YET", "label": "Ik had nog niet gezocht"}, {"code": "LESS_THAN_MONTH", "label": "Minder dan een maand"}, {"code": "ONE_TO_TWO_MONTHS", "label": "1 tot 2 maanden"}, {"code": "MORE_THAN_TWO_MONTHS", "label": "Langer dan 2 maanden"}]'::jsonb),
  ('00000000-0000-4000-5600-000000000003', '00000000-0000-4000-5500-000000000001', 3, 'FIRST_CHANNEL', 'BACKGROUND', 'Over jou', 'CHOICE', 'Hoe hoorde je voor het eerst over de stagemakelaar?', '[{"code": "MENTOR", "label": "Via mijn mentor"}, {"code": "TEACHER_OR_COORDINATOR", "label": "Via een docent of stagecoördinator"}, {"code": "FRIENDS_OR_FAMILY", "label": "Via vrienden of familie"}, {"code": "MUNICIPALITY_OR_YOUTH_WORK", "label": "Via de gemeente of het jongerenwerk"}, {"code": "INTERNET", "label": "Via internet of sociale media"}, {"code": "OTHER", "label": "Anders"}]'::jsonb),
  ('00000000-0000-4000-5600-000000000004', '00000000-0000-4000-5500-000000000001', 4, 'DISCRIMINATION', 'BACKGROUND', 'Over jou', 'CHOICE', 'Denk je dat discriminatie een rol speelde toen je een stageplek zocht?', '[{"code": "CERTAINLY_NOT", "label": "Nee, zeker niet"}, {"code": "PROBABLY_NOT", "label": "Ik denk het niet"}, {"code": "DONT_KNOW", "label": "Weet ik niet"}, {"code": "PROBABLY", "label": "Ik denk het wel"}, {"code": "CERTAINLY", "label": "Ja, zeker"}]'::jsonb),
  ('00000000-0000-4000-5600-000000000005', '00000000-0000-4000-5500-000000000001', 5, 'SELF_INSIGHT_CAN', 'SELF_INSIGHT', 'Zelfinzicht', 'SCALE', 'Ik weet goed wat ik kan', NULL),
  ('00000000-0000-4000-5600-000000000006', '00000000-0000-4000-5500-000000000001', 6, 'SELF_INSIGHT_JOB', 'SELF_INSIGHT', 'Zelfinzicht', 'SCALE', 'Ik weet goed welke baan ik later wil', NULL),
  ('00000000-0000-4000-5600-000000000007', '00000000-0000-4000-5500-000000000001', 7, 'SELF_INSIGHT_HOW', 'SELF_INSIGHT', 'Zelfinzicht', 'SCALE', 'Ik weet goed hoe ik kan bereiken wat ik wil', NULL),
  ('00000000-0000-4000-5600-000000000008', '00000000-0000-4000-5500-000000000001', 8, 'SELF_INSIGHT_CRITICAL', 'SELF_INSIGHT', 'Zelfinzicht', 'SCALE', 'Ik ben kritisch op mezelf', NULL),
  ('00000000-0000-4000-5600-000000000009', '00000000-0000-4000-5500-000000000001', 9, 'MOTIVATION_TASKS', 'MOTIVATION', 'Motivatie', 'SCALE', 'Ik doe de taken die ik moet doen zo goed mogelijk', NULL),
  ('00000000-0000-4000-5600-000000000010', '00000000-0000-4000-5500-000000000001', 10, 'MOTIVATION_EXTRA', 'MOTIVATION', 'Motivatie', 'SCALE', 'Ik doe extra taken als dat nodig is', NULL),
  ('00000000-0000-4000-5600-000000000011', '00000000-0000-4000-5500-000000000001', 11, 'MOTIVATION_NO_PRODDING', 'MOTIVATION', 'Motivatie', 'SCALE', 'Ik heb geen aansporing nodig', NULL),
  ('00000000-0000-4000-5600-000000000012', '00000000-0000-4000-5500-000000000001', 12, 'CONFIDENCE_SAY', 'SELF_CONFIDENCE', 'Zelfvertrouwen', 'SCALE', 'Ik zeg wat ik wil of niet wil', NULL),
  ('00000000-0000-4000-5600-000000000013', '00000000-0000-4000-5500-000000000001', 13, 'CONFIDENCE_HELP', 'SELF_CONFIDENCE', 'Zelfvertrouwen', 'SCALE', 'Ik vraag hulp als ik dat nodig heb', NULL),
  ('00000000-0000-4000-5600-000000000014', '00000000-0000-4000-5500-000000000001', 14, 'CONFIDENCE_CRITICISM', 'SELF_CONFIDENCE', 'Zelfvertrouwen', 'SCALE', 'Ik reageer op kritiek door rustig te zeggen wat ik vind', NULL),
  ('00000000-0000-4000-5600-000000000015', '00000000-0000-4000-5500-000000000001', 15, 'ATTITUDE_RULES', 'ATTITUDE', 'Houding', 'SCALE', 'Ik houd me aan regels en afspraken (zoals op tijd komen)', NULL),
  ('00000000-0000-4000-5600-000000000016', '00000000-0000-4000-5500-000000000001', 16, 'ATTITUDE_CARE', 'ATTITUDE', 'Houding', 'SCALE', 'Ik ga zorgvuldig om met de spullen van anderen die ik gebruik', NULL),
  ('00000000-0000-4000-5600-000000000017', '00000000-0000-4000-5500-000000000001', 17, 'ATTITUDE_SWITCH', 'ATTITUDE', 'Houding', 'SCALE', 'Ik kan zonder problemen overschakelen op andere taken als dat gevraagd wordt', NULL),
  ('00000000-0000-4000-5600-000000000018', '00000000-0000-4000-5500-000000000001', 18, 'COMMUNICATION_BODY', 'COMMUNICATION', 'Communicatie', 'SCALE', 'Ik denk na over mijn lichaamstaal', NULL),
  ('00000000-0000-4000-5600-000000000019', '00000000-0000-4000-5500-000000000001', 19, 'COMMUNICATION_TONE', 'COMMUNICATION', 'Communicatie', 'SCALE', 'Ik denk na over mijn toon', NULL),
  ('00000000-0000-4000-5600-000000000020', '00000000-0000-4000-5500-000000000001', 20, 'COMMUNICATION_WORDS', 'COMMUNICATION', 'Communicatie', 'SCALE', 'Ik denk na over mijn woordkeuze', NULL),
  ('00000000-0000-4000-5600-000000000021', '00000000-0000-4000-5500-000000000001', 21, 'LANGUAGE_SKILLS', 'LANGUAGE', 'Taal', 'SCALE', 'Mijn taalvaardigheid is goed', NULL),
  ('00000000-0000-4000-5600-000000000022', '00000000-0000-4000-5500-000000000001', 22, 'LANGUAGE_WRITING', 'LANGUAGE', 'Taal', 'SCALE', 'Mijn schrijfvaardigheid is goed', NULL),
  ('00000000-0000-4000-5600-000000000023', '00000000-0000-4000-5500-000000000002', 1, 'SELF_INSIGHT_CAN', 'SELF_INSIGHT', 'Zelfinzicht', 'SCALE', 'Ik weet goed wat ik kan', NULL),
  ('00000000-0000-4000-5600-000000000024', '00000000-0000-4000-5500-000000000002', 2, 'SELF_INSIGHT_JOB', 'SELF_INSIGHT', 'Zelfinzicht', 'SCALE', 'Ik weet goed welke baan ik later wil', NULL),
  ('00000000-0000-4000-5600-000000000025', '00000000-0000-4000-5500-000000000002', 3, 'SELF_INSIGHT_HOW', 'SELF_INSIGHT', 'Zelfinzicht', 'SCALE', 'Ik weet goed hoe ik kan bereiken wat ik wil', NULL),
  ('00000000-0000-4000-5600-000000000026', '00000000-0000-4000-5500-000000000002', 4, 'SELF_INSIGHT_CRITICAL', 'SELF_INSIGHT', 'Zelfinzicht', 'SCALE', 'Ik ben kritisch op mezelf', NULL),
  ('00000000-0000-4000-5600-000000000027', '00000000-0000-4000-5500-000000000002', 5, 'MOTIVATION_TASKS', 'MOTIVATION', 'Motivatie', 'SCALE', 'Ik doe de taken die ik moet doen zo goed mogelijk', NULL),
  ('00000000-0000-4000-5600-000000000028', '00000000-0000-4000-5500-000000000002', 6, 'MOTIVATION_EXTRA', 'MOTIVATION', 'Motivatie', 'SCALE', 'Ik doe extra taken als dat nodig is', NULL),
  ('00000000-0000-4000-5600-000000000029', '00000000-0000-4000-5500-000000000002', 7, 'MOTIVATION_NO_PRODDING', 'MOTIVATION', 'Motivatie', 'SCALE', 'Ik heb geen aansporing nodig', NULL),
  ('00000000-0000-4000-5600-000000000030', '00000000-0000-4000-5500-000000000002', 8, 'CONFIDENCE_SAY', 'SELF_CONFIDENCE', 'Zelfvertrouwen', 'SCALE', 'Ik zeg wat ik wil of niet wil', NULL),
  ('00000000-0000-4000-5600-000000000031', '00000000-0000-4000-5500-000000000002', 9, 'CONFIDENCE_HELP', 'SELF_CONFIDENCE', 'Zelfvertrouwen', 'SCALE', 'Ik vraag hulp als ik dat nodig heb', NULL),
  ('00000000-0000-4000-5600-000000000032', '00000000-0000-4000-5500-000000000002', 10, 'CONFIDENCE_CRITICISM', 'SELF_CONFIDENCE', 'Zelfvertrouwen', 'SCALE', 'Ik reageer op kritiek door rustig te zeggen wat ik vind', NULL),
  ('00000000-0000-4000-5600-000000000033', '00000000-0000-4000-5500-000000000002', 11, 'ATTITUDE_RULES', 'ATTITUDE', 'Houding', 'SCALE', 'Ik houd me aan regels en afspraken (zoals op tijd komen)', NULL),
  ('00000000-0000-4000-5600-000000000034', '00000000-0000-4000-5500-000000000002', 12, 'ATTITUDE_CARE', 'ATTITUDE', 'Houding', 'SCALE', 'Ik ga zorgvuldig om met de spullen van anderen die ik gebruik', NULL),
  ('00000000-0000-4000-5600-000000000035', '00000000-0000-4000-5500-000000000002', 13, 'ATTITUDE_SWITCH', 'ATTITUDE', 'Houding', 'SCALE', 'Ik kan zonder problemen overschakelen op andere taken als dat gevraagd wordt', NULL),
  ('00000000-0000-4000-5600-000000000036', '00000000-0000-4000-5500-000000000002', 14, 'COMMUNICATION_BODY', 'COMMUNICATION', 'Communicatie', 'SCALE', 'Ik denk na over mijn lichaamstaal', NULL),
  ('00000000-0000-4000-5600-000000000037', '00000000-0000-4000-5500-000000000002', 15, 'COMMUNICATION_TONE', 'COMMUNICATION', 'Communicatie', 'SCALE', 'Ik denk na over mijn toon', NULL),
  ('00000000-0000-4000-5600-000000000038', '00000000-0000-4000-5500-000000000002', 16, 'COMMUNICATION_WORDS', 'COMMUNICATION', 'Communicatie', 'SCALE', 'Ik denk na over mijn woordkeuze', NULL),
  ('00000000-0000-4000-5600-000000000039', '00000000-0000-4000-5500-000000000002', 17, 'LANGUAGE_SKILLS', 'LANGUAGE', 'Taal', 'SCALE', 'Mijn taalvaardigheid is goed', NULL),
  ('00000000-0000-4000-5600-000000000040', '00000000-0000-4000-5500-000000000002', 18, 'LANGUAGE_WRITING', 'LANGUAGE', 'Taal', 'SCALE', 'Mijn schrijfvaardigheid is goed', NULL),
  ('00000000-0000-4000-5600-000000000041', '00000000-0000-4000-5500-000000000002', 19, 'INTERNSHIP_FUN', 'SATISFACTION_INTERNSHIP', 'Je stage', 'SCALE', 'Mijn stage was leuk', NULL),
  ('00000000-0000-4000-5600-000000000042', '00000000-0000-4000-5500-000000000002', 20, 'INTERNSHIP_USEFUL', 'SATISFACTION_INTERNSHIP', 'Je stage', 'SCALE', 'Mijn stage was nuttig', NULL),
  ('00000000-0000-4000-5600-000000000043', '00000000-0000-4000-5500-000000000002', 21, 'INTERNSHIP_LEARNED', 'SATISFACTION_INTERNSHIP', 'Je stage', 'SCALE', 'Ik heb veel geleerd op mijn stage', NULL),
  ('00000000-0000-4000-5600-000000000044', '00000000-0000-4000-5500-000000000002', 22, 'INTERNSHIP_EMPLOYER_GUIDANCE', 'SATISFACTION_INTERNSHIP', 'Je stage', 'SCALE', 'Het bedrijf heeft mij goed begeleid', NULL),
  ('00000000-0000-4000-5600-000000000045', '00000000-0000-4000-5500-000000000002', 23, 'INTERNSHIP_SCHOOL_GUIDANCE', 'SATISFACTION_INTERNSHIP', 'Je stage', 'SCALE', 'School heeft mij goed voorbereid en begeleid', NULL),
  ('00000000-0000-4000-5600-000000000046', '00000000-0000-4000-5500-000000000002', 24, 'BROKER_MOTIVATED', 'SATISFACTION_BROKER', 'De stagemakelaar', 'SCALE', 'De stagemakelaar motiveerde mij', NULL),
  ('00000000-0000-4000-5600-000000000047', '00000000-0000-4000-5500-000000000002', 25, 'BROKER_UNDERSTOOD', 'SATISFACTION_BROKER', 'De stagemakelaar', 'SCALE', 'De stagemakelaar begreep mij', NULL),
  ('00000000-0000-4000-5600-000000000048', '00000000-0000-4000-5500-000000000002', 26, 'BROKER_REACHABLE', 'SATISFACTION_BROKER', 'De stagemakelaar', 'SCALE', 'De stagemakelaar was goed bereikbaar', NULL),
  ('00000000-0000-4000-5600-000000000049', '00000000-0000-4000-5500-000000000002', 27, 'BROKER_TIPS', 'SATISFACTION_BROKER', 'De stagemakelaar', 'SCALE', 'De stagemakelaar gaf goede tips voor mijn cv, brief en sollicitatie', NULL),
  ('00000000-0000-4000-5600-000000000050', '00000000-0000-4000-5500-000000000002', 28, 'IMPACT_FOUND_PLACE', 'IMPACT', 'Wat heeft het je opgeleverd?', 'SCALE', 'Door de stagemakelaar heb ik een stageplek gevonden', NULL),
  ('00000000-0000-4000-5600-000000000051', '00000000-0000-4000-5500-000000000002', 29, 'IMPACT_FINISHED', 'IMPACT', 'Wat heeft het je opgeleverd?', 'SCALE', 'Door de stagemakelaar heb ik mijn stage afgemaakt', NULL),
  ('00000000-0000-4000-5600-000000000052', '00000000-0000-4000-5500-000000000002', 30, 'IMPACT_STILL_STUDYING', 'IMPACT', 'Wat heeft het je opgeleverd?', 'SCALE', 'Door de stagemakelaar volg ik nog steeds mijn opleiding', NULL),
  ('00000000-0000-4000-5600-000000000053', '00000000-0000-4000-5500-000000000002', 31, 'IMPACT_CONFIDENCE', 'IMPACT', 'Wat heeft het je opgeleverd?', 'SCALE', 'Door de stagemakelaar heb ik meer zelfvertrouwen', NULL),
  ('00000000-0000-4000-5600-000000000054', '00000000-0000-4000-5500-000000000002', 32, 'IMPACT_KNOWS_FIT', 'IMPACT', 'Wat heeft het je opgeleverd?', 'SCALE', 'Door de stagemakelaar weet ik beter wat bij mij past', NULL),
  ('00000000-0000-4000-5600-000000000055', '00000000-0000-4000-5500-000000000002', 33, 'IMPACT_KNOWS_EXPECTATIONS', 'IMPACT', 'Wat heeft het je opgeleverd?', 'SCALE', 'Door de stagemakelaar weet ik beter wat een bedrijf van mij verwacht', NULL),
  ('00000000-0000-4000-5600-000000000056', '00000000-0000-4000-5500-000000000002', 34, 'IMPACT_JOB_CHANCE', 'IMPACT', 'Wat heeft het je opgeleverd?', 'SCALE', 'Door de stagemakelaar heb ik meer kans op een baan', NULL);
