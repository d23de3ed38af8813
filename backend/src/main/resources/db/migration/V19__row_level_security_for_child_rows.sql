-- Rows that belong to an organisation through their parent (an employer's contact persons, a referral's answers,
-- a survey response's answers) get the parent's wall: visible only when the parent row is, which row-level
-- security on the parent decides.
ALTER TABLE contact_person ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON contact_person
    USING (EXISTS (SELECT 1 FROM employer e WHERE e.id = contact_person.employer_id));
ALTER TABLE referral_eligibility_answer ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON referral_eligibility_answer
    USING (EXISTS (SELECT 1 FROM referral r WHERE r.id = referral_eligibility_answer.referral_id));
ALTER TABLE survey_answer ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON survey_answer
    USING (EXISTS (SELECT 1 FROM survey_response r WHERE r.id = survey_answer.response_id));
