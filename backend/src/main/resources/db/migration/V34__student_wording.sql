-- The student's own door (issue 17): a checklist question as the student reads it on the public page (B1, "je"),
-- next to the wording for referrers ("Volgt de student …"). Left empty, the page shows the referrers' wording.
ALTER TABLE eligibility_question ADD COLUMN student_text varchar(300) CHECK (btrim(student_text) <> '');
