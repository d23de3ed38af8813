import { Alert, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { usePersonName } from '@/shared/api/people';
import { useTranslation } from '@/shared/i18n';
import { useEmployerOptions } from '@/features/employers/api/employer-options';
import { type Schemas } from '@/shared/api/client';
import { FormProblem, useServerForm } from '@/shared/forms/action-form';
import { validators } from '@/shared/forms/validators';
import { formatDate } from '@/shared/ui/format';
import { useLogOutreach, useOutreach, useRecentOutreach } from '../api/outreach';

const CHANNELS: Schemas['OutreachChannel'][] = ['PHONE', 'EMAIL', 'APP', 'LINKEDIN', 'VACANCY_SITE', 'VISIT'];
const RESULTS: Schemas['OutreachResult'][] = ['NO_ANSWER', 'DECLINED', 'INTERESTED', 'INTERVIEW'];

/** Employers approached for the student; warns when a colleague approached the same employer lately. */
export function OutreachSection({ studentId }: { studentId: string }) {
  const { t, i18n } = useTranslation();
  const personName = usePersonName();
  const outreach = useOutreach(studentId);
  const log = useLogOutreach(studentId);
  const employers = useEmployerOptions();
  const rules = validators(t);
  const { form, problem, busy, submit } = useServerForm({
    serverFields: ['employerId', 'newEmployerName', 'declineReason'],
    toFormField: (f) => (f === 'newEmployerName' ? 'newName' : f),
    initialValues: {
      employerId: null as string | null, newName: '', channel: 'PHONE' as string | null,
      result: 'NO_ANSWER' as string | null, declineReason: '',
    },
    validate: { declineReason: (v, all) => (all.result === 'DECLINED' ? rules.required(v) : null) },
  });
  const { employerId, result } = form.getValues();
  const recent = useRecentOutreach(employerId);

  const save = submit(async (v) => {
    await log.mutateAsync({
      employerId: v.employerId ?? undefined,
      newEmployerName: v.employerId ? undefined : v.newName || undefined,
      channel: v.channel as Schemas['OutreachChannel'],
      result: v.result as Schemas['OutreachResult'],
      declineReason: v.declineReason || undefined,
    });
    form.setValues({ employerId: null, newName: '', declineReason: '' });
  });

  const data = outreach.data;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3} size="h5">{t('placements.outreach.title')}</Title>
        {data && <Text size="sm" fw={600}>{t('placements.outreach.count', { count: data.employersApproached })}</Text>}
      </Group>
      {data && data.items.length > 0 && (
        <Group gap={6}>
          {RESULTS.map((r) => (
            <Badge key={r} variant="light" c="dark" tt="none">{t(`placements.outreach.results.${r}`)}: {data.byResult[r] ?? 0}</Badge>
          ))}
        </Group>
      )}
      <Card withBorder padding="sm" component="form" onSubmit={save} noValidate>
        <Stack gap="xs">
          <Text fw={600} size="sm">{t('placements.outreach.add')}</Text>
          <FormProblem problem={problem} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('placements.outreach.employer')} searchable clearable {...form.getInputProps('employerId')}
              data={(employers.data ?? []).map((e) => ({ value: e.id, label: e.name }))} />
            <TextInput label={t('placements.outreach.newEmployer')} disabled={!!employerId}
              {...form.getInputProps('newName')} />
            <Select label={t('placements.outreach.channel')} allowDeselect={false} {...form.getInputProps('channel')}
              data={CHANNELS.map((c) => ({ value: c, label: t(`placements.outreach.channels.${c}`) }))} />
            <Select label={t('placements.outreach.result')} allowDeselect={false} {...form.getInputProps('result')}
              data={RESULTS.map((r) => ({ value: r, label: t(`placements.outreach.results.${r}`) }))} />
          </SimpleGrid>
          {result === 'DECLINED' && (
            <TextInput label={t('placements.outreach.declineReason')} required {...form.getInputProps('declineReason')} />
          )}
          {recent.data?.map((r) => (
            <Alert key={`${r.studentId}-${r.approachedOn}`} color="yellow" variant="light" role="status">
              {t('placements.outreach.recentWarning', { broker: personName(r.broker), date: formatDate(r.approachedOn, i18n.language), student: r.studentName })}
            </Alert>
          ))}
          <Group><Button type="submit" size="compact-md" loading={busy}>{t('common.save')}</Button></Group>
        </Stack>
      </Card>
      {data?.items.length === 0 && <Text size="sm">{t('placements.outreach.none')}</Text>}
      <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {data?.items.map((o) => (
          <Text key={o.id} size="sm" component="li">
            <b>{o.employerName}</b> · {t(`placements.outreach.channels.${o.channel}`)} · {formatDate(o.approachedOn, i18n.language)} ·{' '}
            {t(`placements.outreach.results.${o.result}`)}{o.declineReason ? ` (${o.declineReason})` : ''} · {personName(o.broker)}
          </Text>
        ))}
      </Stack>
    </Stack>
  );
}
