import { Button, Checkbox, Modal, Radio, Select, SimpleGrid, Stack, Group, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';
import { ActionForm, useServerForm } from '@/shared/forms/action-form';
import { addDays, todayIso, validators } from '@/shared/forms/validators';
import { useLogCheckIn } from '../api/placements';

const PARTIES: Schemas['CheckInParty'][] = ['STUDENT', 'EMPLOYER', 'PARENT', 'SCHOOL'];
const CHANNELS: Schemas['CheckInChannel'][] = ['VISIT', 'PHONE', 'VIDEO', 'WHATSAPP', 'EMAIL', 'OTHER'];
const SIGNALS: Schemas['CheckInSignal'][] = ['OK', 'CONCERN', 'AT_RISK'];

/** A broker's check-in on an agreed or running internship: with whom, how, how it goes, a note (a few taps on a phone). */
export function CheckInDialog({ placement: p }: { placement: Schemas['PlacementView'] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const log = useLogCheckIn(p.id, p.studentId);
  const rules = validators(t);
  const { form, problem, busy, submit } = useServerForm({
    serverFields: ['party', 'channel', 'signal', 'note', 'agreement.agreement', 'agreement.withWhom', 'agreement.dueOn'],
    initialValues: {
      party: 'STUDENT' as string | null, channel: 'PHONE' as string | null, signal: 'OK', note: '',
      withAgreement: false, agreement: { agreement: '', withWhom: '', dueOn: addDays(todayIso(), 7) },
    },
    validate: {
      agreement: {
        agreement: (v, all) => (all.withAgreement ? rules.requiredText(1000)(v) : null),
        withWhom: (v, all) => (all.withAgreement ? rules.requiredText(200)(v) : null),
        dueOn: (v, all) => (all.withAgreement ? rules.required(v) : null),
      },
    },
  });
  const withAgreement = form.getValues().withAgreement;
  const close = () => setOpen(false);
  const save = submit(async (v) => {
    await log.mutateAsync({
      party: v.party as Schemas['CheckInParty'], channel: v.channel as Schemas['CheckInChannel'],
      signal: v.signal as Schemas['CheckInSignal'], note: v.note.trim() || undefined,
      agreement: v.withAgreement
        ? { agreement: v.agreement.agreement.trim(), withWhom: v.agreement.withWhom.trim(), dueOn: v.agreement.dueOn }
        : undefined,
    });
    close();
  });
  return (
    <>
      <Button size="compact-sm" variant="light" onClick={() => { form.reset(); setOpen(true); }}>{t('checkIns.log')}</Button>
      <Modal opened={open} onClose={close} title={t('checkIns.title', { employer: p.employerName })} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <ActionForm problem={problem} busy={busy} submitLabel={t('checkIns.save')} onCancel={close} onSubmit={save}>
          <SimpleGrid cols={2}>
            <Select label={t('checkIns.party')} allowDeselect={false} {...form.getInputProps('party')}
              data={PARTIES.map((x) => ({ value: x, label: t(`checkIns.parties.${x}`) }))} />
            <Select label={t('checkIns.channel')} allowDeselect={false} {...form.getInputProps('channel')}
              data={CHANNELS.map((x) => ({ value: x, label: t(`checkIns.channels.${x}`) }))} />
          </SimpleGrid>
          <Radio.Group label={t('checkIns.signal')} {...form.getInputProps('signal')}>
            <Group mt={4}>{SIGNALS.map((x) => <Radio key={x} value={x} label={t(`signals.kind.${x}`)} />)}</Group>
          </Radio.Group>
          <Stack gap={0}>
            <Textarea label={t('checkIns.note')} description={t('checkIns.noteHint')} autosize minRows={2} maxLength={1000}
              {...form.getInputProps('note')} />
          </Stack>
          <Checkbox label={t('after.agreement')} {...form.getInputProps('withAgreement', { type: 'checkbox' })} />
          {withAgreement && (
            <Stack gap="xs">
              <Textarea label={t('after.agreementWhat')} required autosize minRows={2} maxLength={1000} {...form.getInputProps('agreement.agreement')} />
              <TextInput label={t('after.agreementWho')} description={t('after.agreementWhoHint')} required maxLength={200}
                {...form.getInputProps('agreement.withWhom')} />
              <TextInput type="date" label={t('after.agreementDue')} required maw={220} {...form.getInputProps('agreement.dueOn')} />
            </Stack>
          )}
        </ActionForm>
      </Modal>
    </>
  );
}
