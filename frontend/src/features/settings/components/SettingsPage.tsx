import {
  ActionIcon, Alert, Anchor, Badge, Button, Card, CopyButton, Group, MultiSelect, NumberInput, Radio, Select, SimpleGrid, Stack, Switch,
  Table, Text, Textarea, TextInput, Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';
import { FormButtons, FormProblem, useServerForm } from '@/shared/forms/action-form';
import { DataTable } from '@/shared/ui/DataTable';
import { PageHeader } from '@/shared/ui/PageHeader';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { formatDateTime } from '@/shared/ui/format';
import {
  useAddQuestion, useEditQuestion, useReorderQuestions, useServeSchools, useSetCapacity, useSettings, useSettingsHistory,
  useSetSelfSignUp, useUpdateSettings,
} from '../api/settings';

type Settings = Schemas['OrganisationSettings'];

/** Days between check-ins per guidance intensity, in the order the form shows them. */
const CADENCE = ['intensiveEmployerDays', 'intensiveStudentDays', 'placementOnlyFirstDays', 'placementOnlyEndDays'] as const;

/**
 * The organisation's own settings, for its leads: every save is kept in the history below. A section's form
 * keeps what the lead typed after a save (the answer has the same values, and the new ETag comes as a prop).
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings();
  if (settings.isPending) return <PageLoader />;
  if (settings.isError) return <QueryError error={settings.error} />;
  const { data, etag } = settings.data;
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Stack maw={860}>
        <Text size="sm" c="dimmed">{t('settings.intro', { name: data.name })}</Text>
        <OrganisationSection settings={data} etag={etag} />
        <CapacitySection settings={data} />
        <ChecklistSection settings={data} />
        <SchoolsSection settings={data} />
        <SignUpSection settings={data} etag={etag} />
        <HistorySection staff={data.staff} />
      </Stack>
    </>
  );
}

function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <Card withBorder data-testid={testId}>
      <Title order={2} size="h4" mb="sm">{title}</Title>
      {children}
    </Card>
  );
}

function Saved({ show }: { show: boolean }) {
  const { t } = useTranslation();
  return show ? <Alert color="green" role="status" py={6}>{t('settings.saved')}</Alert> : null;
}

function OrganisationSection({ settings: s, etag }: { settings: Settings; etag: string }) {
  const { t } = useTranslation();
  const update = useUpdateSettings();
  const [saved, setSaved] = useState(false);
  const { form, problem, busy, submit } = useServerForm({
    serverFields: ['kind', 'defaultGuidanceIntensity', 'noContactDays', 'followUpDays', 'outOfContactAttempts', 'hourlyCost', 'retentionMonths', ...CADENCE.map((k) => `cadence.${k}`)],
    initialValues: {
      kind: s.kind as string, defaultGuidanceIntensity: s.defaultGuidanceIntensity as string,
      noContactDays: s.noContactDays as number | string, followUpDays: (s.followUpDays ?? '') as number | string,
      cadence: { ...s.cadence } as Record<(typeof CADENCE)[number], number | string>,
      outOfContactAttempts: s.outOfContactAttempts as number | string,
      hourlyCost: (s.hourlyCost ?? '') as number | string,
      retentionMonths: s.retentionMonths as number | string,
    },
    validate: { noContactDays: (v) => (typeof v === 'number' && v >= 1 && v <= 365 ? null : t('settings.days')) },
  });
  const save = submit(async (v) => {
    setSaved(false);
    await update.mutateAsync({
      etag,
      body: {
        kind: v.kind as Schemas['OrganisationKind'], defaultGuidanceIntensity: v.defaultGuidanceIntensity as Schemas['GuidanceIntensity'],
        noContactDays: v.noContactDays as number, followUpDays: typeof v.followUpDays === 'number' ? v.followUpDays : undefined,
        cadence: v.cadence as Schemas['CadenceInput'],
        outOfContactAttempts: typeof v.outOfContactAttempts === 'number' ? v.outOfContactAttempts : undefined,
        hourlyCost: typeof v.hourlyCost === 'number' ? v.hourlyCost : undefined,
        retentionMonths: typeof v.retentionMonths === 'number' ? v.retentionMonths : undefined,
      },
    });
    setSaved(true);
  });
  return (
    <Section title={t('settings.organisation')}>
      <form onSubmit={save} noValidate>
        <Stack>
          <FormProblem problem={problem} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('settings.kind')} allowDeselect={false} {...form.getInputProps('kind')}
              data={(['MUNICIPAL_DESK', 'SCHOOL_BASED'] as const).map((k) => ({ value: k, label: t(`settings.kinds.${k}`) }))} />
            <Select label={t('settings.defaultIntensity')} allowDeselect={false} {...form.getInputProps('defaultGuidanceIntensity')}
              data={(['PLACEMENT_ONLY', 'INTENSIVE'] as const).map((k) => ({ value: k, label: t(`intensity.${k}`) }))} />
            <NumberInput label={t('settings.noContactDays')} description={t('settings.noContactDaysHint')} min={1} max={365}
              allowDecimal={false} hideControls {...form.getInputProps('noContactDays')} />
            <NumberInput label={t('settings.followUpDays')} description={t('settings.followUpDaysHint')} min={1} max={365}
              allowDecimal={false} hideControls {...form.getInputProps('followUpDays')} />
            <NumberInput label={t('after.outOfContactAttempts')} description={t('after.outOfContactAttemptsHint')} min={1} max={10}
              allowDecimal={false} hideControls {...form.getInputProps('outOfContactAttempts')} />
            <NumberInput label={t('settings.hourlyCost')} description={t('settings.hourlyCostHint')} min={0} max={10000}
              decimalScale={2} decimalSeparator="," prefix="€ " hideControls {...form.getInputProps('hourlyCost')} />
            <NumberInput label={t('settings.retentionMonths')} description={t('settings.retentionMonthsHint')} min={1} max={120}
              allowDecimal={false} hideControls {...form.getInputProps('retentionMonths')} />
          </SimpleGrid>
          <Text size="sm" fw={600}>{t('settings.cadence')}</Text>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {CADENCE.map((k) => (
              <NumberInput key={k} label={t(`settings.cadenceFields.${k}`)} min={1} max={90} allowDecimal={false} hideControls
                {...form.getInputProps(`cadence.${k}`)} />
            ))}
          </SimpleGrid>
          <Saved show={saved} />
          <FormButtons busy={busy} />
        </Stack>
      </form>
    </Section>
  );
}

function CapacitySection({ settings: s }: { settings: Settings }) {
  const { t } = useTranslation();
  const brokers = s.staff.filter((m) => m.role === 'BROKER');
  return (
    <Section title={t('settings.capacity')}>
      <Text size="sm" mb="sm">{t('settings.capacityHint')}</Text>
      <DataTable compact columns={[{ label: t('students.name') }, { label: t('settings.hoursPerWeek') }, { label: t('settings.maxActiveCases') }, { label: '' }]}>
        {brokers.map((m) => <CapacityRow key={`${m.username}-${m.hoursPerWeek}-${m.maxActiveCases}`} member={m} />)}
      </DataTable>
    </Section>
  );
}

function CapacityRow({ member: m }: { member: Schemas['StaffCapacity'] }) {
  const { t } = useTranslation();
  const set = useSetCapacity();
  const { form, problem, busy, submit } = useServerForm({
    serverFields: ['hoursPerWeek', 'maxActiveCases'],
    initialValues: { hoursPerWeek: (m.hoursPerWeek ?? '') as number | string, maxActiveCases: (m.maxActiveCases ?? '') as number | string },
  });
  const num = (v: number | string) => (typeof v === 'number' ? v : undefined);
  const save = submit((v) => set.mutateAsync({ username: m.username, body: { hoursPerWeek: num(v.hoursPerWeek), maxActiveCases: num(v.maxActiveCases) } }));
  return (
    <Table.Tr data-testid="capacity-row">
      <Table.Td>{m.name}{problem && <Text size="xs" c="red">{problem}</Text>}</Table.Td>
      <Table.Td>
        <NumberInput aria-label={`${t('settings.hoursPerWeek')}: ${m.name}`} min={0} max={80} allowDecimal={false} hideControls maw={100}
          {...form.getInputProps('hoursPerWeek')} />
      </Table.Td>
      <Table.Td>
        <NumberInput aria-label={`${t('settings.maxActiveCases')}: ${m.name}`} min={0} max={1000} allowDecimal={false} hideControls maw={100}
          {...form.getInputProps('maxActiveCases')} />
      </Table.Td>
      <Table.Td>
        <Button size="compact-sm" variant="light" loading={busy} onClick={() => save()} aria-label={`${t('common.save')}: ${m.name}`}>
          {t('common.save')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

function ChecklistSection({ settings: s }: { settings: Settings }) {
  const { t } = useTranslation();
  const reorder = useReorderQuestions();
  const [adding, setAdding] = useState(false);
  const active = s.checklist.filter((q) => q.active);
  const inactive = s.checklist.filter((q) => !q.active);
  const move = (index: number, by: number) => {
    const ids = active.map((q) => q.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id!);
    reorder.mutate(ids);
  };
  return (
    <Section title={t('settings.checklist')} testId="checklist">
      <Text size="sm" mb="sm">{t('settings.checklistHint')}</Text>
      <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {active.map((q, i) => (
          <Group key={q.id} component="li" align="flex-start" wrap="nowrap" gap="xs" data-testid="question">
            <Stack gap={2}>
              <ActionIcon variant="default" size="sm" disabled={i === 0 || reorder.isPending} onClick={() => move(i, -1)}
                aria-label={t('settings.moveUp', { n: i + 1 })}>↑</ActionIcon>
              <ActionIcon variant="default" size="sm" disabled={i === active.length - 1 || reorder.isPending} onClick={() => move(i, 1)}
                aria-label={t('settings.moveDown', { n: i + 1 })}>↓</ActionIcon>
            </Stack>
            <QuestionEditor key={`${q.id}-${q.version}`} question={q} n={i + 1} />
          </Group>
        ))}
      </Stack>
      {adding ? <NewQuestion onDone={() => setAdding(false)} /> : (
        <Button mt="md" variant="light" size="compact-sm" onClick={() => setAdding(true)}>{t('settings.addQuestion')}</Button>
      )}
      {inactive.length > 0 && (
        <Stack gap="xs" mt="md">
          <Text size="sm" fw={600}>{t('settings.inactive')}</Text>
          {inactive.map((q) => <QuestionEditor key={`${q.id}-${q.version}`} question={q} />)}
        </Stack>
      )}
    </Section>
  );
}

function QuestionFields({ form }: { form: ReturnType<typeof useQuestionForm>['form'] }) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput label={t('settings.question')} maxLength={300} required {...form.getInputProps('text')} />
      <TextInput label={t('settings.studentQuestion')} description={t('settings.studentQuestionHint')} maxLength={300}
        {...form.getInputProps('studentText')} />
      <Radio.Group label={t('settings.qualifying')} {...form.getInputProps('qualifying')}>
        <Group mt={4}>
          <Radio value="yes" label={t('referrals.fields.yes')} />
          <Radio value="no" label={t('referrals.fields.no')} />
        </Group>
      </Radio.Group>
    </>
  );
}

function useQuestionForm(q?: Schemas['QuestionView']) {
  const { t } = useTranslation();
  return useServerForm({
    serverFields: ['text', 'studentText', 'qualifyingAnswer'],
    toFormField: (f) => (f === 'qualifyingAnswer' ? 'qualifying' : f),
    initialValues: { text: q?.text ?? '', studentText: q?.studentText ?? '', qualifying: q ? (q.qualifyingAnswer ? 'yes' : 'no') : 'yes', active: q?.active ?? true },
    validate: { text: (v) => (v.trim() ? null : t('validation.required')) },
  });
}

function QuestionEditor({ question: q, n }: { question: Schemas['QuestionView']; n?: number }) {
  const { t } = useTranslation();
  const edit = useEditQuestion();
  const [editing, setEditing] = useState(false);
  const { form, problem, busy, submit } = useQuestionForm(q);
  const save = submit(async (v) => {
    await edit.mutateAsync({ question: q, body: { text: v.text.trim(), studentText: v.studentText.trim() || undefined, qualifyingAnswer: v.qualifying === 'yes', active: v.active } });
  });
  const toggle = () => edit.mutate({ question: q, body: { text: q.text, studentText: q.studentText ?? undefined, qualifyingAnswer: q.qualifyingAnswer, active: !q.active } });
  if (!editing) {
    return (
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs" style={{ flex: 1 }}>
        <div style={{ flex: '1 1 18rem' }}>
          <Text size="sm">{n ? `${n}. ` : ''}{q.text}</Text>
          {q.studentText && <Text size="xs" c="dimmed">{t('settings.studentAsks', { text: q.studentText })}</Text>}
          <Badge size="xs" variant="light" c="dark" tt="none">
            {t('settings.qualifiesWhen', { answer: q.qualifyingAnswer ? t('referrals.fields.yes') : t('referrals.fields.no') })}
          </Badge>
        </div>
        <Group gap={6}>
          {q.active && <Button size="compact-xs" variant="default" onClick={() => setEditing(true)} aria-label={t('settings.editN', { n })}>{t('common.edit')}</Button>}
          <Switch size="xs" checked={q.active} onChange={toggle} disabled={edit.isPending}
            label={t('settings.active')} aria-label={t('settings.activeN', { text: q.text })} />
        </Group>
      </Group>
    );
  }
  return (
    <form onSubmit={save} noValidate style={{ flex: 1 }}>
      <Stack gap="xs">
        <FormProblem problem={problem} />
        <QuestionFields form={form} />
        <FormButtons busy={busy} onCancel={() => setEditing(false)} />
      </Stack>
    </form>
  );
}

function NewQuestion({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddQuestion();
  const { form, problem, busy, submit } = useQuestionForm();
  const save = submit(async (v) => {
    await add.mutateAsync({ text: v.text.trim(), studentText: v.studentText.trim() || undefined, qualifyingAnswer: v.qualifying === 'yes' });
    onDone();
  });
  return (
    <Card withBorder mt="md">
      <form onSubmit={save} noValidate>
        <Stack gap="xs">
          <FormProblem problem={problem} />
          <QuestionFields form={form} />
          <FormButtons busy={busy} submitLabel={t('settings.addQuestion')} onCancel={onDone} />
        </Stack>
      </form>
    </Card>
  );
}

function SchoolsSection({ settings: s }: { settings: Settings }) {
  const { t } = useTranslation();
  const serve = useServeSchools();
  const [saved, setSaved] = useState(false);
  const { form, problem, busy, submit } = useServerForm({
    serverFields: ['schoolIds'],
    initialValues: { schoolIds: s.schools.map((x) => x.id) },
    validate: { schoolIds: (v) => (v.length ? null : t('settings.schoolsRequired')) },
  });
  const save = submit(async (v) => {
    setSaved(false);
    await serve.mutateAsync({ schoolIds: v.schoolIds });
    setSaved(true);
  });
  return (
    <Section title={t('settings.schools')}>
      <form onSubmit={save} noValidate>
        <Stack>
          <FormProblem problem={problem} />
          <MultiSelect label={t('settings.schoolsServed')} searchable {...form.getInputProps('schoolIds')}
            data={s.schoolOptions.map((x) => ({ value: x.id, label: x.city ? `${x.name} (${x.city})` : x.name }))} />
          <Saved show={saved} />
          <FormButtons busy={busy} />
        </Stack>
      </form>
    </Section>
  );
}

function HistorySection({ staff }: { staff: Schemas['StaffCapacity'][] }) {
  const { t, i18n } = useTranslation();
  const history = useSettingsHistory(true);
  const label = (setting: string) => {
    const [key, rest] = setting.split(':');
    const who = key === 'capacity' && rest ? ` (${staff.find((m) => m.username === rest)?.name ?? rest})` : '';
    return t(`settings.settingNames.${key as 'kind'}`, { defaultValue: key }) + who;
  };
  return (
    <Section title={t('settings.history')} testId="settings-history">
      {history.data?.items.length === 0 && <Text size="sm">{t('settings.noHistory')}</Text>}
      <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {history.data?.items.map((c) => (
          <li key={c.id}>
            <Text size="sm"><b>{label(c.setting)}</b>: {c.oldValue || '–'} → {c.newValue || '–'}</Text>
            <Text size="xs" c="dimmed">{formatDateTime(c.changedAt, i18n.language)} · {c.changedByName ?? c.changedBy}</Text>
          </li>
        ))}
      </Stack>
    </Section>
  );
}

/** The student's own door: open or closed, the text for who does not qualify, and the link to share. */
function SignUpSection({ settings: s, etag }: { settings: Settings; etag: string }) {
  const { t } = useTranslation();
  const set = useSetSelfSignUp();
  const [saved, setSaved] = useState(false);
  const link = `${window.location.origin}/aanmelden/${s.organisationId}`;
  const { form, problem, busy, submit } = useServerForm({
    serverFields: ['open', 'notEligibleText'],
    initialValues: { open: s.selfSignUp, notEligibleText: s.notEligibleText ?? '' },
    validate: { notEligibleText: (v, all) => (all.open && !v.trim() ? t('settings.signUp.textRequired') : null) },
  });
  const save = submit(async (v) => {
    setSaved(false);
    await set.mutateAsync({ etag, body: { open: v.open, notEligibleText: v.notEligibleText.trim() || undefined } });
    setSaved(true);
  });
  return (
    <Section title={t('settings.signUp.title')} testId="sign-up-settings">
      <form onSubmit={save} noValidate>
        <Stack>
          <FormProblem problem={problem} />
          <Text size="sm">{t('settings.signUp.intro')}</Text>
          <Switch label={t('settings.signUp.open')} {...form.getInputProps('open', { type: 'checkbox' })} />
          <Textarea label={t('settings.signUp.notEligibleText')} description={t('settings.signUp.notEligibleHint')} autosize
            minRows={3} maxLength={1000} {...form.getInputProps('notEligibleText')} />
          {s.selfSignUp && (
            <Group gap="xs">
              <Text size="sm">{t('settings.signUp.link')}</Text>
              <Anchor href={link} target="_blank" rel="noreferrer" size="sm" style={{ wordBreak: 'break-all' }}>{link}</Anchor>
              <CopyButton value={link}>
                {({ copied, copy }) => <Button size="compact-xs" variant="light" onClick={copy}>{copied ? t('applications.copied') : t('applications.copy')}</Button>}
              </CopyButton>
            </Group>
          )}
          <Saved show={saved} />
          <FormButtons busy={busy} />
        </Stack>
      </form>
    </Section>
  );
}
