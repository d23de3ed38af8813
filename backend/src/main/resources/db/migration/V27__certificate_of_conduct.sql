-- The municipal desk (issue 17): an employer may ask for a certificate of conduct (VOG) for a place. The student's
-- case then shows it as a preparation item (requested, received, when); no copy of the certificate is ever kept.
ALTER TABLE internship_place
    ADD COLUMN certificate_of_conduct_required boolean NOT NULL DEFAULT false;

ALTER TABLE preparation_item DROP CONSTRAINT preparation_item_item_check;
ALTER TABLE preparation_item ADD CONSTRAINT preparation_item_item_check CHECK (item IN ('INTAKE_FORM', 'CV',
    'MOTIVATION_LETTER', 'INTERVIEW_PREPARATION', 'ATTITUDE_BRIEFING', 'LINKEDIN_PROFILE', 'CERTIFICATE_OF_CONDUCT'));
