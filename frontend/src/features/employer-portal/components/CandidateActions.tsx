import { Button, Card, Group, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { ActionForm, useServerForm } from '@/shared/forms/action-form';
import { validators } from '@/shared/forms/validators';
import { usePortalStep, type PortalPlacement, type PortalStep } from '../api/placements';

type Kind = 'interview' | 'accept' | 'decline';

type Values = { date: string; time: string; reason: string };

const toStep = (kind: Kind, v: Values): PortalStep =>
  kind === 'interview' ? { kind, body: { at: new Date(`${v.date}T${v.time || '10:00'}`).toISOString() } }
    : kind === 'accept' ? { kind, body: { startDate: v.date } }
      : { kind, body: { reason: v.reason.trim() } };

/** Invite for an interview, accept with a start date, or decline with a reason: one form open at a time. */
export function CandidateActions({ p }: { p: PortalPlacement }) {
  const { t } = useTranslation();
  const rules = validators(t);
  const step = usePortalStep(p.id, p.version);
  const [kind, setKind] = useState<Kind | null>(null);
  const { form, problem, busy, submit } = useServerForm<Values>({
    initialValues: { date: '', time: '10:00', reason: '' },
    validate: {
      date: (v) => (kind !== 'decline' ? rules.required(v) : null),
      time: (v) => (kind === 'interview' ? rules.required(v) : null),
      reason: (v) => (kind === 'decline' ? rules.required(v) : null),
    },
  });

  const open = (k: Kind) => {
    form.setValues({ date: '', time: '10:00', reason: '' });
    form.clearErrors();
    setKind(k);
  };

  return (
    <Card withBorder>
      <Group gap="xs">
        <Button variant={kind === 'accept' ? 'filled' : 'light'} onClick={() => open('accept')}>{t('employerPortal.actions.accept')}</Button>
        <Button variant={kind === 'interview' ? 'filled' : 'light'} onClick={() => open('interview')}>{t('employerPortal.actions.interview')}</Button>
        <Button variant={kind === 'decline' ? 'filled' : 'default'} onClick={() => open('decline')}>{t('employerPortal.actions.decline')}</Button>
      </Group>
      {kind && (
        <Stack mt="md">
          <Title order={3} size="h5">{t(`employerPortal.actions.${kind}`)}</Title>
          <ActionForm problem={problem} busy={busy} submitLabel={t(`employerPortal.actions.${kind}`)} onCancel={() => setKind(null)}
            onSubmit={submit(async (v) => {
              await step.mutateAsync(toStep(kind, v));
              setKind(null);
            })}>
            {kind === 'interview' && (
              <Group grow>
                <TextInput type="date" label={t('employerPortal.date')} required {...form.getInputProps('date')} />
                <TextInput type="time" label={t('employerPortal.time')} required {...form.getInputProps('time')} />
              </Group>
            )}
            {kind === 'accept' && (
              <TextInput type="date" label={t('employerPortal.startDate')} required {...form.getInputProps('date')} />
            )}
            {kind === 'decline' && (
              <Textarea label={t('employerPortal.declineReason')} required autosize minRows={2} maxLength={1000}
                {...form.getInputProps('reason')} />
            )}
          </ActionForm>
        </Stack>
      )}
    </Card>
  );
}
