import { Alert, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '@/shared/api/client';
import { problemMessage } from '@/shared/api/form-errors';
import { formatDate } from '@/shared/ui/format';
import { useLogOutreach, useOutreach, useRecentOutreach } from '../api/outreach';

const CHANNELS: Schemas['OutreachChannel'][] = ['PHONE', 'EMAIL', 'APP', 'LINKEDIN', 'VACANCY_SITE', 'VISIT'];
const RESULTS: Schemas['OutreachResult'][] = ['NO_ANSWER', 'DECLINED', 'INTERESTED', 'INTERVIEW'];

/** Employers approached for the student; warns when a colleague approached the same employer lately. */
export function OutreachSection({ studentId }: { studentId: string }) {
  const { t, i18n } = useTranslation();
  const outreach = useOutreach(studentId);
  const log = useLogOutreach(studentId);
  const employers = useQuery({
    queryKey: ['employers', 'options'],
    queryFn: async () => unwrap(await api.GET('/api/v1/employers', { params: { query: { size: 100 } } })).items,
  });
  const [employerId, setEmployerId] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [channel, setChannel] = useState<string | null>('PHONE');
  const [result, setResult] = useState<string | null>('NO_ANSWER');
  const [declineReason, setDeclineReason] = useState('');
  const [error, setError] = useState<string>();
  const recent = useRecentOutreach(employerId);

  const save = async () => {
    setError(undefined);
    try {
      await log.mutateAsync({
        employerId: employerId ?? undefined,
        newEmployerName: employerId ? undefined : newName || undefined,
        channel: channel as Schemas['OutreachChannel'],
        result: result as Schemas['OutreachResult'],
        declineReason: declineReason || undefined,
      });
      setEmployerId(null);
      setNewName('');
      setDeclineReason('');
    } catch (e) {
      setError(problemMessage(e, t));
    }
  };

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
      <Card withBorder padding="sm">
        <Stack gap="xs">
          <Text fw={600} size="sm">{t('placements.outreach.add')}</Text>
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('placements.outreach.employer')} searchable clearable value={employerId} onChange={setEmployerId}
              data={(employers.data ?? []).map((e) => ({ value: e.id, label: e.name }))} />
            <TextInput label={t('placements.outreach.newEmployer')} disabled={!!employerId} value={newName}
              onChange={(e) => setNewName(e.currentTarget.value)} />
            <Select label={t('placements.outreach.channel')} allowDeselect={false} value={channel} onChange={setChannel}
              data={CHANNELS.map((c) => ({ value: c, label: t(`placements.outreach.channels.${c}`) }))} />
            <Select label={t('placements.outreach.result')} allowDeselect={false} value={result} onChange={setResult}
              data={RESULTS.map((r) => ({ value: r, label: t(`placements.outreach.results.${r}`) }))} />
          </SimpleGrid>
          {result === 'DECLINED' && (
            <TextInput label={t('placements.outreach.declineReason')} required value={declineReason}
              onChange={(e) => setDeclineReason(e.currentTarget.value)} />
          )}
          {recent.data?.map((r) => (
            <Alert key={`${r.studentId}-${r.approachedOn}`} color="yellow" variant="light" role="status">
              {t('placements.outreach.recentWarning', { broker: r.broker, date: formatDate(r.approachedOn, i18n.language), student: r.studentName })}
            </Alert>
          ))}
          <Group><Button size="compact-md" onClick={() => void save()} loading={log.isPending}>{t('common.save')}</Button></Group>
        </Stack>
      </Card>
      {data?.items.length === 0 && <Text size="sm">{t('placements.outreach.none')}</Text>}
      <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {data?.items.map((o) => (
          <Text key={o.id} size="sm" component="li">
            <b>{o.employerName}</b> · {t(`placements.outreach.channels.${o.channel}`)} · {formatDate(o.approachedOn, i18n.language)} ·{' '}
            {t(`placements.outreach.results.${o.result}`)}{o.declineReason ? ` (${o.declineReason})` : ''} · {o.broker}
          </Text>
        ))}
      </Stack>
    </Stack>
  );
}
