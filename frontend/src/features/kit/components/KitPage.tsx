import { Anchor, Button, Card, FileInput, Group, Modal, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { primaryRole, useMe } from '@/features/me/api/get-me';
import type { Schemas } from '@/shared/api/client';
import { ActionForm, FormButtons, FormProblem, useServerForm } from '@/shared/forms/action-form';
import { validators } from '@/shared/forms/validators';
import { PageHeader } from '@/shared/ui/PageHeader';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { formatDate } from '@/shared/ui/format';
import { downloadKitDocument, useAddKitDocument, useDeleteKitDocument, useDeleteTemplate, useKit, useSaveTemplate } from '../api/kit';

const ITEMS = ['INTAKE_FORM', 'CV', 'MOTIVATION_LETTER', 'INTERVIEW_PREPARATION', 'ATTITUDE_BRIEFING', 'LINKEDIN_PROFILE'] as const;
const kb = (bytes: number) => Math.max(1, Math.round(bytes / 1024));

/**
 * The organisation's starter kit: documents every student gets at the start and the message templates that go with
 * them. Brokers read it here and send it from the case file; a lead keeps it.
 */
export function KitPage() {
  const { t, i18n } = useTranslation();
  const kit = useKit();
  const me = useMe();
  const lead = me.data ? primaryRole(me.data.roles) === 'lead' : false;
  const remove = useDeleteKitDocument();
  const removeTemplate = useDeleteTemplate();
  const [editing, setEditing] = useState<Schemas['MessageTemplate'] | 'new' | null>(null);
  const [removing, setRemoving] = useState<{ kind: 'document' | 'template'; id: string; title: string } | null>(null);
  if (kit.isPending) return <PageLoader />;
  if (kit.isError) return <QueryError error={kit.error} />;
  const { documents, templates, placeholders } = kit.data;
  return (
    <>
      <PageHeader title={t('kit.title')} />
      <Stack maw={880}>
        <Text size="sm" c="dimmed">{t('kit.intro')}</Text>
        {!lead && <Text size="sm">{t('kit.leadOnly')}</Text>}
        <Card withBorder data-testid="kit-documents">
          <Title order={2} size="h4" mb="sm">{t('kit.documents')}</Title>
          {documents.length === 0 && <Text size="sm">{t('kit.noDocuments')}</Text>}
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {documents.map((d) => (
              <Group key={d.id} component="li" justify="space-between" wrap="wrap" gap="xs">
                <div>
                  <Anchor component="button" type="button" fw={600} aria-label={t('kit.download', { title: d.title })}
                    onClick={() => void downloadKitDocument(d.id, d.fileName)}>{d.title}</Anchor>
                  <Text size="xs" c="dimmed">
                    {d.fileName} · {kb(d.sizeBytes)} kB · {formatDate(d.createdAt, i18n.language)}
                    {d.preparationItem && ` · ${t('kit.helpsWith')}: ${t(`casework.items.${d.preparationItem}`)}`}
                  </Text>
                </div>
                {lead && <Button size="compact-sm" variant="subtle" color="red" aria-label={t('kit.remove', { title: d.title })}
                  onClick={() => setRemoving({ kind: 'document', id: d.id, title: d.title })}>{t('kit.delete')}</Button>}
              </Group>
            ))}
          </Stack>
          {lead && <AddDocument />}
        </Card>
        <Card withBorder data-testid="kit-templates">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4">{t('kit.templates')}</Title>
            {lead && <Button size="compact-sm" variant="light" onClick={() => setEditing('new')}>{t('kit.newTemplate')}</Button>}
          </Group>
          <Text size="xs" c="dimmed" mb="xs">{t('kit.placeholders', { list: placeholders.join(', ') })}</Text>
          {templates.length === 0 && <Text size="sm">{t('kit.noTemplates')}</Text>}
          <Stack gap="sm">
            {templates.map((m) => (
              <Card key={m.id} withBorder padding="sm">
                <Group justify="space-between" mb={4}>
                  <Text fw={600}>{m.name}</Text>
                  {lead && (
                    <Group gap={4}>
                      <Button size="compact-sm" variant="light" aria-label={t('kit.editTemplate', { name: m.name })}
                        onClick={() => setEditing(m)}>{t('common.edit')}</Button>
                      <Button size="compact-sm" variant="subtle" color="red" aria-label={t('kit.removeTemplate', { name: m.name })}
                        onClick={() => setRemoving({ kind: 'template', id: m.id, title: m.name })}>{t('kit.delete')}</Button>
                    </Group>
                  )}
                </Group>
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{m.body}</Text>
              </Card>
            ))}
          </Stack>
        </Card>
      </Stack>
      {editing && <EditTemplate template={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      {removing && (
        <Modal opened onClose={() => setRemoving(null)} title={t('kit.remove', { title: removing.title })}
          closeButtonProps={{ 'aria-label': t('common.close') }}>
          <Stack>
            <Text>{t(removing.kind === 'document' ? 'kit.removeConfirm' : 'kit.removeTemplateConfirm', { title: removing.title })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(null)}>{t('common.cancel')}</Button>
              <Button color="red" loading={remove.isPending || removeTemplate.isPending}
                onClick={() => void (removing.kind === 'document' ? remove : removeTemplate).mutateAsync(removing.id)
                  .then(() => setRemoving(null))}>{t('kit.delete')}</Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </>
  );
}

function AddDocument() {
  const { t } = useTranslation();
  const add = useAddKitDocument();
  const rules = validators(t);
  const { form, problem, busy, submit } = useServerForm({
    serverFields: () => ['title', 'preparationItem', 'file'],
    initialValues: { title: '', preparationItem: null as string | null, file: null as File | null },
    validate: { title: rules.requiredText(150), file: (f: File | null) => (f ? null : t('validation.required')) },
  });
  return (
    <Card withBorder mt="md" padding="sm">
      <Title order={3} size="h5" mb="xs">{t('kit.add')}</Title>
      <form noValidate onSubmit={submit(async (v) => {
        await add.mutateAsync({ file: v.file!, title: v.title.trim(), preparationItem: v.preparationItem });
        form.reset();
      })}>
        <Stack>
        <FormProblem problem={problem} />
        <TextInput label={t('kit.docTitle')} required maxLength={150} {...form.getInputProps('title')} />
        <Select label={t('kit.helpsWith')} placeholder={t('kit.noItem')} clearable
          data={ITEMS.map((i) => ({ value: i, label: t(`casework.items.${i}`) }))} {...form.getInputProps('preparationItem')} />
        <FileInput label={t('kit.file')} required clearable accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          {...form.getInputProps('file')} />
        <FormButtons busy={busy} submitLabel={t('kit.add')} />
        </Stack>
      </form>
    </Card>
  );
}

function EditTemplate({ template, onClose }: { template?: Schemas['MessageTemplate']; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveTemplate();
  const rules = validators(t);
  const { form, problem, busy, submit } = useServerForm({
    serverFields: () => ['name', 'body'],
    initialValues: { name: template?.name ?? '', body: template?.body ?? '' },
    validate: { name: rules.requiredText(100), body: rules.requiredText(2000) },
  });
  return (
    <Modal opened onClose={onClose} size="lg" title={template ? t('kit.editTemplate', { name: template.name }) : t('kit.newTemplate')}
      closeButtonProps={{ 'aria-label': t('common.close') }}>
      <ActionForm problem={problem} busy={busy} submitLabel={t('kit.save')} onCancel={onClose}
        onSubmit={submit(async (v) => {
          await save.mutateAsync({ template, body: { name: v.name.trim(), body: v.body.trim() } });
          onClose();
        })}>
        <TextInput label={t('kit.templateName')} required maxLength={100} {...form.getInputProps('name')} />
        <Textarea label={t('kit.templateBody')} required autosize minRows={6} maxLength={2000} {...form.getInputProps('body')} />
      </ActionForm>
    </Modal>
  );
}
