-- The municipal desk (issue 17): vacancies a broker sends a student, and the applications the student makes on their
-- own, with their result. One that leads to an internship links the placement (type FOUND_BY_STUDENT).
CREATE TABLE application (
    id              uuid PRIMARY KEY,
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    student_id      uuid         NOT NULL REFERENCES student (id),
    origin          varchar(20)  NOT NULL CHECK (origin IN ('SENT_BY_BROKER', 'STUDENT')),
    place_id        uuid         REFERENCES internship_place (id),
    employer_name   varchar(200) NOT NULL CHECK (employer_name <> ''),
    title           varchar(200) NOT NULL CHECK (title <> ''),
    url             varchar(500) CHECK (url ~ '^https?://'),
    channel         varchar(20)  CHECK (channel IN ('EMAIL', 'MESSAGE', 'IN_PERSON')),
    on_date         date         NOT NULL,
    result          varchar(20)  NOT NULL CHECK (result IN ('SENT', 'APPLIED', 'INTERVIEW', 'REJECTED', 'NO_RESPONSE',
                                                           'NOT_APPLIED', 'HIRED')),
    note            varchar(500),
    placement_id    uuid         UNIQUE REFERENCES placement (id),
    version         integer      NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(100) NOT NULL,
    updated_at      timestamptz  NOT NULL,
    updated_by      varchar(100) NOT NULL,
    CHECK ((origin = 'SENT_BY_BROKER') = (channel IS NOT NULL)),
    CHECK (origin = 'SENT_BY_BROKER' OR result <> 'SENT'),
    CHECK ((result = 'HIRED') = (placement_id IS NOT NULL))
);
CREATE INDEX application_student_idx ON application (student_id, on_date DESC, created_at DESC);
CREATE INDEX application_place_idx ON application (place_id) WHERE place_id IS NOT NULL;

ALTER TABLE application ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON application
    USING ((SELECT app_scope_all()) OR organisation_id = ANY (CAST((SELECT app_scope_organisations()) AS uuid[])));
-- In the trail: what happened and when; the note, names, title and address only as "changed".
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON application FOR EACH ROW
    EXECUTE FUNCTION audit_row('origin', 'channel', 'result', 'on_date');

ALTER TABLE timeline_entry DROP CONSTRAINT timeline_entry_kind_check;
ALTER TABLE timeline_entry ADD CONSTRAINT timeline_entry_kind_check CHECK (kind IN ('REFERRAL_ACCEPTED',
    'PHASE_CHANGED', 'INTENSITY_CHANGED', 'BROKER_ASSIGNED', 'CONTACT_LOGGED', 'INTAKE_UPDATED',
    'CHECKLIST_CHANGED', 'ATTACHMENT_ADDED', 'PLACEMENT_CHANGED', 'OUTREACH_LOGGED', 'CHECK_IN_REPORTED',
    'HOURS_CONFIRMED', 'EVALUATION_GIVEN', 'CONSENT_RECORDED', 'CONSENT_WITHDRAWN', 'STUDENT_UPDATED',
    'OUT_OF_CONTACT', 'BACK_IN_CONTACT', 'GUARDIAN_CHANGED', 'INTERVENTION_AGREED', 'INTERVENTION_EVALUATED',
    'HANDED_OFF', 'CASE_CLOSED', 'CASE_REOPENED', 'SURVEY_SENT', 'SURVEY_ANSWERED', 'VACANCY_SENT',
    'APPLICATION_LOGGED', 'APPLICATION_CHANGED'));
