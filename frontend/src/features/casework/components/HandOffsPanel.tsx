import { Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';
import { ActionForm, useServerForm } from '@/shared/forms/action-form';
import { todayIso, validators } from '@/shared/forms/validators';
import { formatDate } from '@/shared/ui/format';
import { useHandOffs, useRecordHandOff } from '../api/after';
import { HandOffFields } from './ClosurePanel';

/** Hand-offs to youth work, the district team or the compulsory-education officer: to whom, when, why. */
export function HandOffsPanel({ studentId }: { studentId: string }) {
  const { t, i18n } = useTranslation();
  const handOffs = useHandOffs(studentId);
  const record = useRecordHandOff(studentId);
  const rules = validators(t);
  const [open, setOpen] = useState(false);
  const { form, problem, busy, submit } = useServerForm({
    serverFields: ['toKind', 'toName', 'handedOffOn', 'reason'],
    initialValues: { toKind: null as string | null, toName: '', handedOffOn: todayIso(), reason: '' },
    validate: { toKind: (v) => rules.required(v ?? ''), toName: rules.requiredText(200), reason: rules.requiredText(1000) },
  });
  const rows = handOffs.data ?? [];
  return (
    <Card withBorder maw={720} data-testid="hand-offs">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">{t('after.handOffs')}</Title>
        <Button size="compact-sm" variant="light" onClick={() => { form.reset(); setOpen(true); }}>{t('after.handOffAdd')}</Button>
      </Group>
      {rows.length === 0 && <Text size="sm">{t('after.noHandOffs')}</Text>}
      <Stack gap={4}>
        {rows.map((h) => (
          <Text key={h.id} size="sm">
            <b>{formatDate(h.handedOffOn, i18n.language)} · {t(`after.handOffKinds.${h.toKind}`)}</b> · {h.toName} — {h.reason}
          </Text>
        ))}
      </Stack>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('after.handOffAdd')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <ActionForm problem={problem} busy={busy} submitLabel={t('common.save')} onCancel={() => setOpen(false)}
          onSubmit={submit(async (v) => {
            await record.mutateAsync({
              toKind: v.toKind as Schemas['HandOffKind'], toName: v.toName.trim(), handedOffOn: v.handedOffOn || undefined,
              reason: v.reason.trim(),
            });
            setOpen(false);
          })}>
          <HandOffFields form={form} prefix="" />
        </ActionForm>
      </Modal>
    </Card>
  );
}
