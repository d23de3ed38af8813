import { ActionIcon, Anchor, Button, Card, Group, Modal, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { primaryRole, useMe } from '@/features/me/api/get-me';
import type { Schemas } from '@/shared/api/client';
import { ActionForm, useServerForm } from '@/shared/forms/action-form';
import { validators } from '@/shared/forms/validators';
import { PageHeader } from '@/shared/ui/PageHeader';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { downloadCsv } from '@/shared/ui/csv';
import { useSchoolRelations, useUpdateSchoolRelation } from '../api/school-relations';

type Relation = Schemas['SchoolRelation'];
const PHASES = ['INTAKE', 'PREPARATION', 'MATCHING', 'PLACED', 'IN_INTERNSHIP', 'INTERNSHIP_ENDED', 'CLOSED'] as const;
const OUTCOMES = ['PLACED_EXTERNALLY', 'PLACED_OWN_ORGANISATION', 'FOUND_THEMSELVES', 'NOT_PLACED'] as const;

/**
 * The loop with schools: per school the desk serves, who its placement coordinators are, what was agreed, and the
 * desk's students from it by phase and outcome — what a lead discusses with the school's management.
 */
export function SchoolsPage() {
  const { t } = useTranslation();
  const relations = useSchoolRelations();
  const me = useMe();
  const lead = me.data ? primaryRole(me.data.roles) === 'lead' : false;
  const [editing, setEditing] = useState<Relation | null>(null);
  if (relations.isPending) return <PageLoader />;
  if (relations.isError) return <QueryError error={relations.error} />;
  return (
    <>
      <PageHeader title={t('schools.title')} actions={
        <Button variant="default" disabled={relations.data.length === 0}
          onClick={() => downloadCsv('scholen', [
            [t('schools.school'), ...PHASES.map((p) => t(`phase.${p}`)), ...OUTCOMES.map((o) => t(`after.placementOutcomes.${o}`))],
            ...relations.data.map((r) => [r.schoolName, ...PHASES.map((p) => r.phases[p] ?? 0), ...OUTCOMES.map((o) => r.outcomes[o] ?? 0)]),
          ])}>
          {t('schools.csv')}
        </Button>
      } />
      <Stack maw={960}>
        <Text size="sm" c="dimmed">{t('schools.intro')}</Text>
        {relations.data.map((r) => (
          <Card key={r.schoolId} withBorder data-testid="school-relation">
            <Group justify="space-between" mb="xs">
              <Title order={2} size="h4">{r.schoolName}</Title>
              {lead && <Button size="compact-sm" variant="light" onClick={() => setEditing(r)}
                aria-label={`${t('common.edit')}: ${r.schoolName}`}>{t('common.edit')}</Button>}
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <div>
                <Text fw={600} size="sm">{t('schools.coordinators')}</Text>
                {r.coordinators.length === 0 && <Text size="sm">{t('schools.noCoordinators')}</Text>}
                <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                  {r.coordinators.map((c, i) => (
                    <Text key={i} size="sm" component="li">
                      {c.name}{c.role ? ` · ${c.role}` : ''}
                      {c.email && <> · <Anchor href={`mailto:${c.email}`} size="sm">{c.email}</Anchor></>}
                      {c.phone && <> · <Anchor href={`tel:${c.phone.replace(/\s/g, '')}`} size="sm">{c.phone}</Anchor></>}
                    </Text>
                  ))}
                </Stack>
              </div>
              <div>
                <Text fw={600} size="sm">{t('schools.agreements')}</Text>
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{r.agreements ?? t('schools.noAgreements')}</Text>
              </div>
            </SimpleGrid>
            <Text fw={600} size="sm" mt="sm">{t('schools.byPhase')}</Text>
            <Group gap="lg" style={{ rowGap: 4 }} data-testid="school-phases">
              {PHASES.map((p) => <Text key={p} size="sm">{t(`phase.${p}`)}: <b>{r.phases[p] ?? 0}</b></Text>)}
            </Group>
            <Text fw={600} size="sm" mt="xs">{t('schools.outcomes')}</Text>
            <Group gap="lg" style={{ rowGap: 4 }}>
              {OUTCOMES.map((o) => <Text key={o} size="sm">{t(`after.placementOutcomes.${o}`)}: <b>{r.outcomes[o] ?? 0}</b></Text>)}
            </Group>
          </Card>
        ))}
      </Stack>
      {editing && <EditRelation relation={editing} onClose={() => setEditing(null)} />}
    </>
  );
}

function EditRelation({ relation: r, onClose }: { relation: Relation; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateSchoolRelation();
  const rules = validators(t);
  const { form, problem, busy, submit } = useServerForm({
    serverFields: (v) => ['agreements', ...v.coordinators.flatMap((_, i) => ['name', 'role', 'email', 'phone']
      .map((f) => `coordinators[${i}].${f}`))],
    initialValues: {
      agreements: r.agreements ?? '',
      coordinators: r.coordinators.map((c) => ({ name: c.name, role: c.role ?? '', email: c.email ?? '', phone: c.phone ?? '' })),
    },
    validate: { coordinators: { name: rules.requiredText(150) } },
  });
  const list = form.getValues().coordinators;
  return (
    <Modal opened onClose={onClose} size="lg" title={r.schoolName} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <ActionForm problem={problem} busy={busy} submitLabel={t('common.save')} onCancel={onClose}
        onSubmit={submit(async (v) => {
          await update.mutateAsync({
            relation: r,
            body: {
              agreements: v.agreements.trim() || undefined,
              coordinators: v.coordinators.map((c) => ({ name: c.name.trim(), role: c.role.trim() || undefined,
                email: c.email.trim() || undefined, phone: c.phone.trim() || undefined })),
            },
          });
          onClose();
        })}>
        <Textarea label={t('schools.agreements')} description={t('schools.agreementsHint')} autosize minRows={3} maxLength={2000}
          {...form.getInputProps('agreements')} />
        <Text fw={600} size="sm">{t('schools.coordinators')}</Text>
        {list.map((_, i) => (
          <Card key={i} withBorder padding="xs">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('schools.name')} required maxLength={150} {...form.getInputProps(`coordinators.${i}.name`)} />
              <TextInput label={t('schools.role')} maxLength={100} {...form.getInputProps(`coordinators.${i}.role`)} />
              <TextInput label={t('schools.email')} type="email" maxLength={254} {...form.getInputProps(`coordinators.${i}.email`)} />
              <TextInput label={t('schools.phone')} type="tel" maxLength={20} {...form.getInputProps(`coordinators.${i}.phone`)} />
            </SimpleGrid>
            <Group justify="flex-end" mt={4}>
              <ActionIcon variant="subtle" color="red" aria-label={t('schools.remove', { n: i + 1 })}
                onClick={() => form.removeListItem('coordinators', i)}>×</ActionIcon>
            </Group>
          </Card>
        ))}
        <Button variant="light" size="compact-sm" onClick={() => form.insertListItem('coordinators', { name: '', role: '', email: '', phone: '' })}>
          {t('schools.addCoordinator')}
        </Button>
      </ActionForm>
    </Modal>
  );
}
