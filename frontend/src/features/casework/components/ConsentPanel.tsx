import { Alert, Button, Card, Group, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/shared/api/form-errors';
import { formatDate } from '@/shared/ui/format';
import { useConsents, useWithdrawConsent } from '../api/consents';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * What the student agreed to, and the broker's way to record that the student takes back consent to share
 * with employers: live proposals end, and employers no longer see the profile.
 */
export function ConsentPanel({ studentId }: { studentId: string }) {
  const { t, i18n } = useTranslation();
  const consents = useConsents(studentId);
  const withdraw = useWithdrawConsent(studentId);
  const [open, setOpen] = useState(false);
  const [on, setOn] = useState(today());
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const lng = i18n.language;
  const rows = consents.data ?? [];
  const sharing = rows.filter((c) => c.purpose === 'EMPLOYER_SHARING');
  const sharingInForce = sharing.filter((c) => !c.withdrawnOn).length;

  const submit = async () => {
    try {
      await withdraw.mutateAsync({ withdrawnOn: on, note: note.trim() || undefined });
      setOpen(false);
      setNote('');
    } catch (e) {
      setError(problemMessage(e, t));
    }
  };

  return (
    <Card withBorder maw={720} data-testid="consents">
      <Title order={3} size="h5" mb="xs">{t('consent.title')}</Title>
      <Stack gap={4}>
        {rows.filter((c) => c.purpose === 'CASE').map((c) => (
          <Text key={c.id} size="sm">
            {t('consent.case', { date: formatDate(c.givenOn, lng) })}{c.guardian ? ` · ${t('consent.guardian')}` : ''}
          </Text>
        ))}
        <Text size="sm">{t('consent.sharing', { count: sharingInForce, total: sharing.length })}</Text>
        {sharing.filter((c) => c.withdrawnOn).slice(0, 1).map((c) => (
          <Text key={c.id} size="sm" c="dimmed">
            {t('consent.withdrawn', { date: formatDate(c.withdrawnOn!, lng), who: c.withdrawnBy })}
            {c.withdrawalNote ? ` – ${c.withdrawalNote}` : ''}
          </Text>
        ))}
      </Stack>
      {sharingInForce > 0 && !open && (
        <Group mt="sm">
          <Button variant="default" color="red" onClick={() => { setOpen(true); setError(undefined); }}>{t('consent.withdraw')}</Button>
        </Group>
      )}
      {open && (
        <Stack mt="sm" gap="xs">
          <Text size="sm">{t('consent.withdrawExplain')}</Text>
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <TextInput type="date" label={t('consent.withdrawnOn')} required max={today()} value={on} maw={220}
            onChange={(e) => setOn(e.currentTarget.value)} />
          <Textarea label={t('consent.note')} autosize minRows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          <Group>
            <Button color="red" onClick={() => void submit()} loading={withdraw.isPending}>{t('consent.withdrawConfirm')}</Button>
            <Button variant="default" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}
