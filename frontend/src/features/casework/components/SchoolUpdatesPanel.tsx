import { Alert, Button, Card, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';
import { problemMessage } from '@/shared/api/form-errors';
import { todayIso } from '@/shared/forms/validators';
import { formatDate } from '@/shared/ui/format';
import { useConsents, useSchoolUpdates } from '../api/consents';

/**
 * Keeping the school informed: only with the student's consent, the school's placement coordinators hear by e-mail
 * that the student joined and, later, how it ended.
 */
export function SchoolUpdatesPanel({ student: s }: { student: Schemas['StudentView'] }) {
  const { t, i18n } = useTranslation();
  const consents = useConsents(s.id);
  const { consent, withdraw, send } = useSchoolUpdates(s.id);
  const [guardian, setGuardian] = useState(false);
  const [sent, setSent] = useState<Schemas['SchoolUpdate'] | null>(null);
  const active = (consents.data ?? []).find((c) => c.purpose === 'SCHOOL_UPDATES' && !c.withdrawnOn);
  const ended = s.phase === 'INTERNSHIP_ENDED' || s.phase === 'CLOSED';
  const error = consent.error ?? withdraw.error ?? send.error;
  const inform = (kind: Schemas['SchoolUpdateInput']['kind']) => {
    setSent(null);
    send.mutate(kind, { onSuccess: setSent });
  };
  return (
    <Card withBorder maw={720} data-testid="school-updates">
      <Title order={3} size="h5" mb="xs">{t('schoolUpdates.title')}</Title>
      <Stack gap="xs">
        {error && <Alert color="red" role="alert">{problemMessage(error, t)}</Alert>}
        {sent && <Alert color="green" role="status">{t('schoolUpdates.sent', { to: sent.sentTo.join(', ') })}</Alert>}
        {active ? (
          <>
            <Text size="sm">{t('schoolUpdates.consented', { date: formatDate(active.givenOn, i18n.language) })}</Text>
            <Group gap="xs">
              <Button size="compact-sm" variant="light" loading={send.isPending} onClick={() => inform('JOINED')}>{t('schoolUpdates.joined')}</Button>
              <Button size="compact-sm" variant="light" disabled={!ended} loading={send.isPending} onClick={() => inform('ENDED')}>
                {t('schoolUpdates.ended')}
              </Button>
              <Button size="compact-sm" variant="default" color="red" loading={withdraw.isPending} onClick={() => withdraw.mutate()}>
                {t('schoolUpdates.withdraw')}
              </Button>
            </Group>
          </>
        ) : (
          <>
            <Text size="sm">{t('schoolUpdates.explain')}</Text>
            <Checkbox size="sm" label={t('schoolUpdates.guardian')} checked={guardian} onChange={(e) => setGuardian(e.currentTarget.checked)} />
            <Group>
              <Button size="compact-sm" variant="light" loading={consent.isPending}
                onClick={() => consent.mutate({ student: true, guardian, date: todayIso() })}>
                {t('schoolUpdates.record')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
