import { Alert, Button, Card, Group, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/shared/api/form-errors';
import { usePortalStep, type PortalPlacement, type PortalStep } from '../api/placements';

type Kind = 'interview' | 'accept' | 'decline';

/** Invite for an interview, accept with a start date, or decline with a reason: one form open at a time. */
export function CandidateActions({ p }: { p: PortalPlacement }) {
  const { t } = useTranslation();
  const step = usePortalStep(p.id, p.version);
  const [kind, setKind] = useState<Kind | null>(null);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('10:00');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();

  const open = (k: Kind) => {
    setKind(k);
    setDate('');
    setReason('');
    setError(undefined);
  };

  const build = (): PortalStep | undefined => {
    if (kind === 'interview' && date) return { kind, body: { at: new Date(`${date}T${time || '10:00'}`).toISOString() } };
    if (kind === 'accept' && date) return { kind, body: { startDate: date } };
    if (kind === 'decline' && reason.trim()) return { kind, body: { reason } };
    return undefined;
  };

  const submit = async () => {
    const s = build();
    if (!s) {
      setError(t('validation.required'));
      return;
    }
    try {
      await step.mutateAsync(s);
      setKind(null);
    } catch (e) {
      setError(problemMessage(e, t));
    }
  };

  return (
    <Card withBorder>
      <Group gap="xs">
        <Button variant={kind === 'accept' ? 'filled' : 'light'} onClick={() => open('accept')}>{t('employerPortal.actions.accept')}</Button>
        <Button variant={kind === 'interview' ? 'filled' : 'light'} onClick={() => open('interview')}>{t('employerPortal.actions.interview')}</Button>
        <Button variant={kind === 'decline' ? 'filled' : 'default'} onClick={() => open('decline')}>{t('employerPortal.actions.decline')}</Button>
      </Group>
      {kind && (
        <Stack mt="md" component="form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
          <Title order={3} size="h5">{t(`employerPortal.actions.${kind}`)}</Title>
          {error && <Alert color="red" role="alert">{error}</Alert>}
          {kind === 'interview' && (
            <Group grow>
              <TextInput type="date" label={t('employerPortal.date')} required value={date} onChange={(e) => setDate(e.currentTarget.value)} />
              <TextInput type="time" label={t('employerPortal.time')} required value={time} onChange={(e) => setTime(e.currentTarget.value)} />
            </Group>
          )}
          {kind === 'accept' && (
            <TextInput type="date" label={t('employerPortal.startDate')} required value={date} onChange={(e) => setDate(e.currentTarget.value)} />
          )}
          {kind === 'decline' && (
            <Textarea label={t('employerPortal.declineReason')} required autosize minRows={2} maxLength={1000}
              value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setKind(null)}>{t('common.cancel')}</Button>
            <Button type="submit" loading={step.isPending}>{t(`employerPortal.actions.${kind}`)}</Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}
