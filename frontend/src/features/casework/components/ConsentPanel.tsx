import { Button, Card, Group, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { usePersonName } from '@/shared/api/people';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { ActionForm, useServerForm } from '@/shared/forms/action-form';
import { todayIso, validators } from '@/shared/forms/validators';
import { formatDate } from '@/shared/ui/format';
import { useConsents, useWithdrawConsent } from '../api/consents';

/**
 * What the student agreed to, and the broker's way to record that the student takes back consent to share
 * with employers: live proposals end, and employers no longer see the profile.
 */
export function ConsentPanel({ studentId }: { studentId: string }) {
  const { t, i18n } = useTranslation();
  const personName = usePersonName();
  const consents = useConsents(studentId);
  const withdraw = useWithdrawConsent(studentId);
  const rules = validators(t);
  const [open, setOpen] = useState(false);
  const { form, problem, busy, submit } = useServerForm({
    initialValues: { withdrawnOn: todayIso(), note: '' },
    validate: { withdrawnOn: rules.required },
  });
  const lng = i18n.language;
  const rows = consents.data ?? [];
  const sharing = rows.filter((c) => c.purpose === 'EMPLOYER_SHARING');
  const sharingInForce = sharing.filter((c) => !c.withdrawnOn).length;

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
            {t('consent.withdrawn', { date: formatDate(c.withdrawnOn!, lng), who: personName(c.withdrawnBy) })}
            {c.withdrawalNote ? ` – ${c.withdrawalNote}` : ''}
          </Text>
        ))}
      </Stack>
      {sharingInForce > 0 && !open && (
        <Group mt="sm">
          <Button variant="default" color="red" onClick={() => { form.reset(); setOpen(true); }}>{t('consent.withdraw')}</Button>
        </Group>
      )}
      {open && (
        <Stack mt="sm" gap="xs">
          <Text size="sm">{t('consent.withdrawExplain')}</Text>
          <ActionForm problem={problem} busy={busy} danger submitLabel={t('consent.withdrawConfirm')} onCancel={() => setOpen(false)}
            onSubmit={submit(async (v) => {
              await withdraw.mutateAsync({ withdrawnOn: v.withdrawnOn, note: v.note.trim() || undefined });
              setOpen(false);
            })}>
            <TextInput type="date" label={t('consent.withdrawnOn')} required max={todayIso()} maw={220} {...form.getInputProps('withdrawnOn')} />
            <Textarea label={t('consent.note')} autosize minRows={2} maxLength={1000} {...form.getInputProps('note')} />
          </ActionForm>
        </Stack>
      )}
    </Card>
  );
}
