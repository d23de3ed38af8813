import { Badge, Button, Card, Checkbox, Group, Modal, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';
import { ActionForm, useServerForm } from '@/shared/forms/action-form';
import { validators } from '@/shared/forms/validators';
import { useGuardians, useRemoveGuardian, useSaveGuardian } from '../api/after';

const RELATIONS: Schemas['GuardianRelation'][] = ['PARENT', 'GUARDIAN', 'CARER', 'OTHER'];

/** Parents and guardians: how to reach them, and whether the broker may. */
export function GuardiansPanel({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const guardians = useGuardians(studentId);
  const remove = useRemoveGuardian(studentId);
  const [editing, setEditing] = useState<Schemas['GuardianView'] | 'new' | null>(null);
  const rows = guardians.data ?? [];
  return (
    <Card withBorder maw={720} data-testid="guardians">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">{t('after.guardians')}</Title>
        <Button size="compact-sm" variant="light" onClick={() => setEditing('new')}>{t('after.guardianAdd')}</Button>
      </Group>
      {rows.length === 0 && <Text size="sm">{t('after.noGuardians')}</Text>}
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {rows.map((g) => (
          <li key={g.id}>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <div>
                <Text size="sm" fw={600}>{g.name} · {t(`after.relations.${g.relation}`)}</Text>
                <Text size="sm">{[g.phone, g.email].filter(Boolean).join(' · ')}{g.note ? ` — ${g.note}` : ''}</Text>
              </div>
              <Group gap={6}>
                <Badge size="sm" variant="light" c="dark" tt="none" color={g.mayContact ? 'green' : 'red'}>
                  {g.mayContact ? t('after.mayContact') : t('after.mayNotContact')}
                </Badge>
                <Button size="compact-sm" variant="default" onClick={() => setEditing(g)} aria-label={`${t('common.edit')} ${g.name}`}>{t('common.edit')}</Button>
                <Button size="compact-sm" variant="subtle" color="red" loading={remove.isPending} onClick={() => remove.mutate(g)}
                  aria-label={`${t('after.remove')} ${g.name}`}>{t('after.remove')}</Button>
              </Group>
            </Group>
          </li>
        ))}
      </Stack>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={t('after.guardians')}
        closeButtonProps={{ 'aria-label': t('common.close') }}>
        {editing !== null && (
          <GuardianForm studentId={studentId} guardian={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
        )}
      </Modal>
    </Card>
  );
}

function GuardianForm({ studentId, guardian: g, onDone }: { studentId: string; guardian?: Schemas['GuardianView']; onDone: () => void }) {
  const { t } = useTranslation();
  const rules = validators(t);
  const save = useSaveGuardian(studentId);
  const { form, problem, busy, submit } = useServerForm({
    serverFields: ['name', 'relation', 'phone', 'email', 'mayContact', 'note'],
    initialValues: {
      name: g?.name ?? '', relation: (g?.relation ?? 'PARENT') as string | null, phone: g?.phone ?? '', email: g?.email ?? '',
      mayContact: g?.mayContact ?? true, note: g?.note ?? '',
    },
    validate: { name: rules.requiredText(200) },
  });
  return (
    <ActionForm problem={problem} busy={busy} submitLabel={t('common.save')} onCancel={onDone}
      onSubmit={submit(async (v) => {
        await save.mutateAsync({
          guardian: g,
          body: {
            name: v.name.trim(), relation: v.relation as Schemas['GuardianRelation'], phone: v.phone.trim() || undefined,
            email: v.email.trim() || undefined, mayContact: v.mayContact, note: v.note.trim() || undefined,
          },
        });
        onDone();
      })}>
      <TextInput label={t('after.guardianName')} required maxLength={200} {...form.getInputProps('name')} />
      <Select label={t('after.relation')} allowDeselect={false} {...form.getInputProps('relation')}
        data={RELATIONS.map((r) => ({ value: r, label: t(`after.relations.${r}`) }))} />
      <Group grow>
        <TextInput label={t('students.phone')} type="tel" {...form.getInputProps('phone')} />
        <TextInput label={t('students.email')} type="email" {...form.getInputProps('email')} />
      </Group>
      <Checkbox label={t('after.mayContact')} {...form.getInputProps('mayContact', { type: 'checkbox' })} />
      <TextInput label={t('after.guardianNote')} maxLength={500} {...form.getInputProps('note')} />
    </ActionForm>
  );
}
