import { Alert, Button, Card, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/features/me/api/get-me';
import { useBrokers } from '@/features/referrals/api/get-brokers';
import type { Schemas } from '@/shared/api/client';
import { problemMessage } from '@/shared/api/form-errors';
import { useCaseAction } from '../api/case-actions';

/** Manual phase changes follow the same rules as the API: placed and in internship come from placements. */
const MANUAL_NEXT: Record<Schemas['Phase'], Schemas['Phase'][]> = {
  INTAKE: ['PREPARATION', 'MATCHING', 'CLOSED'],
  PREPARATION: ['INTAKE', 'MATCHING', 'CLOSED'],
  MATCHING: ['PREPARATION', 'CLOSED'],
  PLACED: ['CLOSED'],
  IN_INTERNSHIP: ['CLOSED'],
  CLOSED: ['INTAKE'],
};

export function CaseActions({ student }: { student: Schemas['StudentView'] }) {
  const { t } = useTranslation();
  const me = useMe();
  const isLead = me.data?.roles.includes('lead') ?? false;
  const brokers = useBrokers();
  const action = useCaseAction(student.id);
  const [phase, setPhase] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [intensity, setIntensity] = useState<string | null>(null);
  const [intensityReason, setIntensityReason] = useState('');
  const [broker, setBroker] = useState<string | null>(null);
  const [error, setError] = useState<string>();

  const run = async (a: Parameters<typeof action.mutateAsync>[0], reset: () => void) => {
    setError(undefined);
    try {
      await action.mutateAsync(a);
      reset();
    } catch (e) {
      setError(problemMessage(e, t));
    }
  };
  const needsReason = phase === 'CLOSED' || student.phase === 'CLOSED';

  return (
    <Card withBorder maw={720}>
      <Stack gap="md">
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group align="flex-end" gap="xs">
          <Select label={t('casework.newPhase')} placeholder={t('casework.changePhase')} value={phase} onChange={setPhase}
            data={MANUAL_NEXT[student.phase].map((p) => ({ value: p, label: t(`phase.${p}`) }))} miw={180} />
          <TextInput label={needsReason ? t('casework.reasonRequired') : t('casework.reason')} value={reason}
            onChange={(e) => setReason(e.currentTarget.value)} style={{ flex: 1 }} miw={200} />
          <Button disabled={!phase || (needsReason && !reason.trim())} loading={action.isPending && action.variables?.kind === 'phase'}
            onClick={() => phase && void run({ kind: 'phase', body: { phase: phase as Schemas['Phase'], reason: reason || undefined } },
              () => { setPhase(null); setReason(''); })}>
            {t('casework.apply')}
          </Button>
        </Group>
        <Group align="flex-end" gap="xs">
          <Select label={t('casework.changeIntensity')} value={intensity} onChange={setIntensity} miw={180}
            data={(['PLACEMENT_ONLY', 'INTENSIVE'] as const).filter((i) => i !== student.guidanceIntensity)
              .map((i) => ({ value: i, label: t(`intensity.${i}`) }))} />
          <TextInput label={t('casework.reason')} value={intensityReason} onChange={(e) => setIntensityReason(e.currentTarget.value)}
            style={{ flex: 1 }} miw={200} />
          <Button disabled={!intensity || !intensityReason.trim()}
            onClick={() => intensity && void run({ kind: 'intensity', body: { guidanceIntensity: intensity as Schemas['GuidanceIntensity'], reason: intensityReason } },
              () => { setIntensity(null); setIntensityReason(''); })}>
            {t('casework.apply')}
          </Button>
        </Group>
        {isLead && (
          <Group align="flex-end" gap="xs">
            <Select label={t('casework.assignedBroker')} value={broker} onChange={setBroker} miw={220}
              placeholder={student.assignedBroker ?? t('casework.unassigned')}
              data={(brokers.data ?? []).map((b) => ({ value: b.username, label: b.name }))} />
            <Button disabled={!broker} onClick={() => broker && void run({ kind: 'assign', body: { broker } }, () => setBroker(null))}>
              {t('casework.assign')}
            </Button>
          </Group>
        )}
        {!isLead && <Text size="xs" c="dimmed">{t('casework.assignedBroker')}: {student.assignedBroker ?? t('casework.unassigned')}</Text>}
      </Stack>
    </Card>
  );
}
