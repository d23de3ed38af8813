import { Anchor, Button, CopyButton, Group, Modal, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';
import { ActionForm, useServerForm } from '@/shared/forms/action-form';
import { validators } from '@/shared/forms/validators';
import { useRecordApplication } from '../api/applications';

/** A place from the network (from a match) or, without one, a vacancy found elsewhere. */
export type VacancyTarget = { placeId: string; placeTitle: string; employerName: string } | 'outside';

const CHANNELS: Schemas['ApplicationChannel'][] = ['MESSAGE', 'EMAIL', 'IN_PERSON'];

/**
 * Sends the student a vacancy and records it: by e-mail from the system, as a message the broker copies into
 * WhatsApp (shown after saving, with a WhatsApp link), or told in person.
 */
export function SendVacancyDialog({ studentId, target, onClose }: { studentId: string; target: VacancyTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordApplication(studentId);
  const rules = validators(t);
  const [message, setMessage] = useState<string | null>(null);
  const outside = target === 'outside';
  const { form, problem, busy, submit } = useServerForm({
    serverFields: ['employerName', 'title', 'url', 'channel', 'placeId'],
    initialValues: { employerName: '', title: '', url: '', channel: 'MESSAGE' as string },
    validate: {
      employerName: (v) => (outside ? rules.requiredText(200)(v) : null),
      title: (v) => (outside ? rules.requiredText(200)(v) : null),
      url: (v) => (v && !/^https?:\/\/\S+$/.test(v.trim()) ? t('applications.urlInvalid') : null),
    },
  });
  const close = () => { setMessage(null); form.reset(); onClose(); };
  const save = submit(async (v) => {
    const made = await record.mutateAsync({
      origin: 'SENT_BY_BROKER', channel: v.channel as Schemas['ApplicationChannel'],
      ...(target && target !== 'outside'
        ? { placeId: target.placeId }
        : { employerName: v.employerName.trim(), title: v.title.trim(), url: v.url.trim() || undefined }),
    });
    if (v.channel === 'MESSAGE' && made.message) setMessage(made.message);
    else close();
  });
  const title = target && target !== 'outside' ? t('applications.sendPlace', { title: target.placeTitle, employer: target.employerName })
    : t('applications.sendOutside');
  return (
    <Modal opened={target !== null} onClose={close} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {message ? (
        <Stack>
          <Text size="sm">{t('applications.messageReady')}</Text>
          <Textarea label={t('applications.message')} value={message} readOnly autosize minRows={6} />
          <Group justify="space-between">
            <Anchor href={`https://wa.me/?text=${encodeURIComponent(message)}`} target="_blank" rel="noreferrer">
              {t('applications.openWhatsApp')}
            </Anchor>
            <Group>
              <CopyButton value={message}>
                {({ copied, copy }) => <Button variant="light" onClick={copy}>{copied ? t('applications.copied') : t('applications.copy')}</Button>}
              </CopyButton>
              <Button onClick={close}>{t('common.close')}</Button>
            </Group>
          </Group>
        </Stack>
      ) : (
        <ActionForm problem={problem} busy={busy} submitLabel={t('applications.send')} onCancel={close} onSubmit={save}>
          {outside && (
            <>
              <TextInput label={t('applications.employerName')} required maxLength={200} {...form.getInputProps('employerName')} />
              <TextInput label={t('applications.job')} required maxLength={200} {...form.getInputProps('title')} />
              <TextInput label={t('applications.url')} type="url" maxLength={500} placeholder="https://" {...form.getInputProps('url')} />
            </>
          )}
          <Stack gap={4}>
            <Text size="sm" fw={500} id="vacancy-channel">{t('applications.channel')}</Text>
            <SegmentedControl aria-labelledby="vacancy-channel" fullWidth {...form.getInputProps('channel')}
              data={CHANNELS.map((c) => ({ value: c, label: t(`applications.channels.${c}`) }))} />
            {form.errors.channel && <Text size="sm" c="red.8" role="alert">{form.errors.channel}</Text>}
          </Stack>
        </ActionForm>
      )}
    </Modal>
  );
}
