import { Button, Card, Group, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';
import { usePersonName } from '@/shared/api/people';
import { ActionForm, useServerForm } from '@/shared/forms/action-form';
import { formatDate } from '@/shared/ui/format';
import { useRecordSchoolAnswer } from '../api/decide-referral';

/** The school's coordinator's answer about what the student already tried, to cross-check what the student says. */
export function SchoolAnswer({ referral: r }: { referral: Schemas['ReferralView'] }) {
  const { t, i18n } = useTranslation();
  const personName = usePersonName();
  const save = useRecordSchoolAnswer(r.id);
  const [editing, setEditing] = useState(false);
  const { form, problem, busy, submit } = useServerForm({ serverFields: ['answer'], initialValues: { answer: r.schoolAnswer ?? '' } });
  return (
    <Card withBorder mt="md" data-testid="school-answer">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h5">{t('referrals.schoolAnswer.title')}</Title>
        {!editing && <Button size="compact-sm" variant="light" onClick={() => { form.setValues({ answer: r.schoolAnswer ?? '' }); setEditing(true); }}>
          {r.schoolAnswer ? t('common.edit') : t('referrals.schoolAnswer.add')}
        </Button>}
      </Group>
      {editing ? (
        <ActionForm problem={problem} busy={busy} submitLabel={t('common.save')} onCancel={() => setEditing(false)}
          onSubmit={submit(async (v) => { await save.mutateAsync({ version: r.version, answer: v.answer.trim() }); setEditing(false); })}>
          <Textarea label={t('referrals.schoolAnswer.label')} description={t('referrals.schoolAnswer.hint')} autosize minRows={3}
            maxLength={2000} {...form.getInputProps('answer')} />
        </ActionForm>
      ) : r.schoolAnswer ? (
        <>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{r.schoolAnswer}</Text>
          {r.schoolAnswerAt && <Text size="xs" c="dimmed">{formatDate(r.schoolAnswerAt, i18n.language)} · {personName(r.schoolAnswerBy)}</Text>}
        </>
      ) : <Text size="sm">{t('referrals.schoolAnswer.none')}</Text>}
    </Card>
  );
}
