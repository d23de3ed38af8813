import { Anchor, Badge, Button, Card, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';
import { ActionForm, useServerForm } from '@/shared/forms/action-form';
import { todayIso, validators } from '@/shared/forms/validators';
import { formatDate } from '@/shared/ui/format';
import { useApplicationHired, useApplications, useRecordApplication, useUpdateApplication } from '../api/applications';
import { InternshipDatesFields } from './FoundPlaceDialog';
import { SendVacancyDialog } from './SendVacancyDialog';

type Application = Schemas['ApplicationView'];
const OWN_RESULTS: Schemas['ApplicationResult'][] = ['APPLIED', 'INTERVIEW', 'REJECTED', 'NO_RESPONSE'];
const SENT_RESULTS: Schemas['ApplicationResult'][] = ['SENT', 'APPLIED', 'NOT_APPLIED', 'INTERVIEW', 'REJECTED', 'NO_RESPONSE'];

/**
 * Vacancies sent to the student and the student's own applications, each with its result; one that leads to an
 * internship is recorded as found by the student themselves.
 */
export function ApplicationsSection({ studentId, requiredHours, placed }: {
  studentId: string; requiredHours?: number | null;
  /** An internship is agreed or running: no second one from an application. */
  placed: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const list = useApplications(studentId);
  const update = useUpdateApplication(studentId);
  const [sending, setSending] = useState(false);
  const [logging, setLogging] = useState(false);
  const [hired, setHired] = useState<Application | null>(null);
  const rows = list.data ?? [];
  return (
    <Card withBorder padding="sm" data-testid="applications">
      <Group justify="space-between" gap="xs" mb="xs">
        <Title order={3} size="h5">{t('applications.title')}</Title>
        <Group gap="xs">
          <Button size="compact-sm" variant="light" onClick={() => setSending(true)}>{t('applications.sendOutside')}</Button>
          <Button size="compact-sm" variant="light" onClick={() => setLogging(true)}>{t('applications.logOwn')}</Button>
        </Group>
      </Group>
      {rows.length === 0 && <Text size="sm">{t('applications.none')}</Text>}
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {rows.map((a) => (
          <li key={a.id} data-testid="application">
            <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
              <div style={{ flex: '1 1 16rem' }}>
                <Text fw={600}>
                  {a.url ? <Anchor href={a.url} target="_blank" rel="noreferrer">{a.title}</Anchor> : a.title} · {a.employerName}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`applications.origins.${a.origin}`)}{a.channel ? ` (${t(`applications.channels.${a.channel}`)})` : ''} · {formatDate(a.onDate, lng)}
                </Text>
                {a.note && <Text size="sm">{a.note}</Text>}
              </div>
              {a.result === 'HIRED' ? (
                <Badge color="green" variant="light" c="dark" tt="none">{t('applications.results.HIRED')}</Badge>
              ) : (
                <Group gap="xs" align="flex-end">
                  <Select size="xs" w={170} allowDeselect={false} aria-label={t('applications.resultOf', { title: a.title })}
                    value={a.result}
                    data={(a.origin === 'STUDENT' ? OWN_RESULTS : SENT_RESULTS).map((r) => ({ value: r, label: t(`applications.results.${r}`) }))}
                    onChange={(r) => r && r !== a.result && update.mutate({ application: a, body: { result: r as Schemas['ApplicationResult'], note: a.note ?? undefined } })} />
                  {!placed && a.result !== 'REJECTED' && a.result !== 'NOT_APPLIED' && (
                    <Button size="xs" variant="default" onClick={() => setHired(a)}>{t('applications.hired')}</Button>
                  )}
                </Group>
              )}
            </Group>
          </li>
        ))}
      </Stack>
      <SendVacancyDialog studentId={studentId} target={sending ? 'outside' : null} onClose={() => setSending(false)} />
      <OwnApplicationDialog studentId={studentId} opened={logging} onClose={() => setLogging(false)} />
      {hired && <HiredDialog key={hired.id} studentId={studentId} application={hired} requiredHours={requiredHours} onClose={() => setHired(null)} />}
    </Card>
  );
}

/** An application the student made on their own, as they tell it. */
function OwnApplicationDialog({ studentId, opened, onClose }: { studentId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordApplication(studentId);
  const rules = validators(t);
  const { form, problem, busy, submit } = useServerForm({
    serverFields: ['employerName', 'title', 'url', 'onDate', 'result', 'note'],
    initialValues: { employerName: '', title: '', url: '', onDate: todayIso(), result: 'APPLIED' as string, note: '' },
    validate: {
      employerName: rules.requiredText(200), title: rules.requiredText(200),
      url: (v) => (v && !/^https?:\/\/\S+$/.test(v.trim()) ? t('applications.urlInvalid') : null),
    },
  });
  const close = () => { form.reset(); onClose(); };
  return (
    <Modal opened={opened} onClose={close} title={t('applications.logOwn')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <ActionForm problem={problem} busy={busy} submitLabel={t('common.save')} onCancel={close}
        onSubmit={submit(async (v) => {
          await record.mutateAsync({
            origin: 'STUDENT', employerName: v.employerName.trim(), title: v.title.trim(), url: v.url.trim() || undefined,
            onDate: v.onDate || undefined, result: v.result as Schemas['ApplicationResult'], note: v.note.trim() || undefined,
          });
          close();
        })}>
        <TextInput label={t('applications.employerName')} required maxLength={200} {...form.getInputProps('employerName')} />
        <TextInput label={t('applications.job')} required maxLength={200} {...form.getInputProps('title')} />
        <TextInput label={t('applications.url')} type="url" maxLength={500} placeholder="https://" {...form.getInputProps('url')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput type="date" label={t('applications.appliedOn')} max={todayIso()} {...form.getInputProps('onDate')} />
          <Select label={t('applications.result')} allowDeselect={false} {...form.getInputProps('result')}
            data={OWN_RESULTS.map((r) => ({ value: r, label: t(`applications.results.${r}`) }))} />
        </SimpleGrid>
        <Textarea label={t('applications.note')} autosize minRows={2} maxLength={500} {...form.getInputProps('note')} />
      </ActionForm>
    </Modal>
  );
}

/** It worked: the internship is recorded as one the student found themselves (agreed, nothing shared). */
function HiredDialog({ studentId, application, requiredHours, onClose }: {
  studentId: string; application: Application; requiredHours?: number | null; onClose: () => void;
}) {
  const { t } = useTranslation();
  const hired = useApplicationHired(studentId);
  const rules = validators(t);
  const { form, problem, busy, submit } = useServerForm({
    serverFields: ['startDate', 'endDate', 'requiredHours'],
    initialValues: { startDate: '', endDate: '', requiredHours: (requiredHours ?? '') as number | string },
    validate: {
      startDate: rules.required,
      endDate: (v, all) => (v && all.startDate && v < all.startDate ? t('placements.found.endBeforeStart') : null),
    },
  });
  const close = () => { form.reset(); onClose(); };
  return (
    <Modal opened onClose={close} closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('applications.hiredTitle', { title: application.title, employer: application.employerName })}>
      <Text size="sm" mb="sm">{t('applications.hiredHint')}</Text>
      <ActionForm problem={problem} busy={busy} submitLabel={t('placements.found.save')} onCancel={close}
        onSubmit={submit(async (v) => {
          await hired.mutateAsync({
            application,
            body: { startDate: v.startDate, endDate: v.endDate || undefined,
              requiredHours: typeof v.requiredHours === 'number' ? v.requiredHours : undefined },
          });
          close();
        })}>
        <InternshipDatesFields form={form} />
      </ActionForm>
    </Modal>
  );
}
