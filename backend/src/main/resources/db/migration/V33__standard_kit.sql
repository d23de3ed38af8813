-- The municipal desk (issue 17): the standard kit. An organisation keeps a library of documents (intake form,
-- outline of a motivation letter, sample CV, STARR interview preparation) and message templates with
-- placeholders; a broker sends the kit to a student at intake by e-mail or as a message with a personal,
-- expiring download link (no account). Only the link token's hash is stored.
CREATE TABLE kit_document (
    id               uuid PRIMARY KEY,
    organisation_id  uuid          NOT NULL REFERENCES organisation (id),
    title            varchar(150)  NOT NULL CHECK (btrim(title) <> ''),
    preparation_item varchar(30)   CHECK (preparation_item IN ('INTAKE_FORM', 'CV', 'MOTIVATION_LETTER',
                                       'INTERVIEW_PREPARATION', 'ATTITUDE_BRIEFING', 'LINKEDIN_PROFILE')),
    file_name        varchar(200)  NOT NULL,
    content_type     varchar(100)  NOT NULL,
    size_bytes       integer       NOT NULL CHECK (size_bytes > 0),
    content          bytea         NOT NULL,
    created_at       timestamptz   NOT NULL,
    created_by       varchar(100)  NOT NULL
);
CREATE INDEX kit_document_organisation_idx ON kit_document (organisation_id, created_at);

CREATE TABLE message_template (
    id              uuid PRIMARY KEY,
    organisation_id uuid          NOT NULL REFERENCES organisation (id),
    name            varchar(100)  NOT NULL CHECK (btrim(name) <> ''),
    body            varchar(2000) NOT NULL CHECK (btrim(body) <> ''),
    version         integer       NOT NULL DEFAULT 0,
    updated_at      timestamptz   NOT NULL,
    updated_by      varchar(100)  NOT NULL,
    UNIQUE (organisation_id, name)
);

CREATE TABLE kit_send (
    id              uuid PRIMARY KEY,
    organisation_id uuid          NOT NULL REFERENCES organisation (id),
    student_id      uuid          NOT NULL REFERENCES student (id),
    channel         varchar(20)   NOT NULL CHECK (channel IN ('EMAIL', 'MESSAGE')),
    template_id     uuid          REFERENCES message_template (id) ON DELETE SET NULL,
    token_hash      varchar(64)   NOT NULL UNIQUE,
    expires_at      timestamptz   NOT NULL,
    sent_at         timestamptz   NOT NULL,
    sent_by         varchar(100)  NOT NULL,
    opened_at       timestamptz
);
CREATE INDEX kit_send_student_idx ON kit_send (student_id, sent_at DESC);

-- What a send holds: a document removed from the library later is no longer offered behind the link.
CREATE TABLE kit_send_document (
    send_id         uuid NOT NULL REFERENCES kit_send (id) ON DELETE CASCADE,
    document_id     uuid NOT NULL REFERENCES kit_document (id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (send_id, document_id)
);
CREATE INDEX kit_send_document_document_idx ON kit_send_document (document_id);

ALTER TABLE kit_document ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON kit_document
    USING ((SELECT app_scope_all()) OR organisation_id = ANY (CAST((SELECT app_scope_organisations()) AS uuid[])));
ALTER TABLE message_template ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON message_template
    USING ((SELECT app_scope_all()) OR organisation_id = ANY (CAST((SELECT app_scope_organisations()) AS uuid[])));
ALTER TABLE kit_send ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON kit_send
    USING ((SELECT app_scope_all()) OR organisation_id = ANY (CAST((SELECT app_scope_organisations()) AS uuid[])));
ALTER TABLE kit_send_document ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON kit_send_document
    USING ((SELECT app_scope_all()) OR organisation_id = ANY (CAST((SELECT app_scope_organisations()) AS uuid[])));
-- In the trail: what and when; a document's bytes and a template's text only as "changed".
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON kit_document FOR EACH ROW
    EXECUTE FUNCTION audit_row('title', 'preparation_item', 'file_name', 'size_bytes');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON message_template FOR EACH ROW
    EXECUTE FUNCTION audit_row('name');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON kit_send FOR EACH ROW
    EXECUTE FUNCTION audit_row('channel', 'expires_at', 'opened_at');
CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON kit_send_document FOR EACH ROW EXECUTE FUNCTION audit_row();

ALTER TABLE timeline_entry DROP CONSTRAINT timeline_entry_kind_check;
ALTER TABLE timeline_entry ADD CONSTRAINT timeline_entry_kind_check CHECK (kind IN ('REFERRAL_ACCEPTED',
    'PHASE_CHANGED', 'INTENSITY_CHANGED', 'BROKER_ASSIGNED', 'CONTACT_LOGGED', 'INTAKE_UPDATED',
    'CHECKLIST_CHANGED', 'ATTACHMENT_ADDED', 'PLACEMENT_CHANGED', 'OUTREACH_LOGGED', 'CHECK_IN_REPORTED',
    'HOURS_CONFIRMED', 'EVALUATION_GIVEN', 'CONSENT_RECORDED', 'CONSENT_WITHDRAWN', 'STUDENT_UPDATED',
    'OUT_OF_CONTACT', 'BACK_IN_CONTACT', 'GUARDIAN_CHANGED', 'INTERVENTION_AGREED', 'INTERVENTION_EVALUATED',
    'HANDED_OFF', 'CASE_CLOSED', 'CASE_REOPENED', 'SURVEY_SENT', 'SURVEY_ANSWERED', 'VACANCY_SENT',
    'APPLICATION_LOGGED', 'APPLICATION_CHANGED', 'SCHOOL_INFORMED', 'KIT_SENT'));
