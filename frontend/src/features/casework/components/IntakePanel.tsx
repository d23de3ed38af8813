import { Alert, Button, Checkbox, Group, NumberInput, SimpleGrid, Stack, TagsInput, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { ApiError, type Schemas } from '@/shared/api/client';
import { fieldErrors } from '@/shared/api/form-errors';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { useIntake, useSaveIntake } from '../api/intake';

const NEEDS: Schemas['Need'][] = ['APPLICATION_SKILLS', 'SOCIAL_SKILLS', 'SELF_INSIGHT', 'MOTIVATION', 'SELF_CONFIDENCE',
  'LANGUAGE', 'HOME_SITUATION', 'STUDY_CHOICE', 'NETWORK', 'SUSPECTED_DISCRIMINATION', 'OTHER'];

type Values = {
  alreadyDone: string; needs: string[]; needsNote: string; strengths: string; preferredSectors: string; preferredWork: string;
  homeCity: string; reachTowns: string[]; maxTravelMinutes: number | string; availability: string; internshipStartBy: string; requiredHours: number | string;
};

type Message = { ok: boolean; text: string } | undefined;

function IntakeForm({ studentId, intake, etag, message, setMessage }: {
  studentId: string; intake: Schemas['IntakeView']; etag: string; message: Message; setMessage: (m: Message) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveIntake(studentId);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      alreadyDone: intake.alreadyDone ?? '', needs: intake.needs, needsNote: intake.needsNote ?? '', strengths: intake.strengths ?? '',
      preferredSectors: intake.preferredSectors ?? '', preferredWork: intake.preferredWork ?? '', homeCity: intake.homeCity ?? '', reachTowns: intake.reachTowns,
      maxTravelMinutes: intake.maxTravelMinutes ?? '', availability: intake.availability ?? '',
      internshipStartBy: intake.internshipStartBy ?? '', requiredHours: intake.requiredHours ?? '',
    },
  });
  const opt = (s: string) => s.trim() || undefined;
  const num = (n: number | string) => (typeof n === 'number' ? n : undefined);
  const submit = form.onSubmit(async (v) => {
    setMessage(undefined);
    try {
      await save.mutateAsync({
        etag,
        body: {
          alreadyDone: opt(v.alreadyDone), needs: v.needs as Schemas['Need'][], needsNote: opt(v.needsNote),
          strengths: opt(v.strengths), preferredSectors: opt(v.preferredSectors), preferredWork: opt(v.preferredWork),
          homeCity: opt(v.homeCity), reachTowns: v.reachTowns, maxTravelMinutes: num(v.maxTravelMinutes), availability: opt(v.availability),
          internshipStartBy: v.internshipStartBy || undefined, requiredHours: num(v.requiredHours),
        },
      });
      setMessage({ ok: true, text: t('casework.intake.saved') });
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) {
        setMessage({ ok: false, text: t('errors.status.412') });
        return;
      }
      const { fields, general } = fieldErrors(e, t, Object.keys(v));
      form.setErrors(fields);
      if (general) setMessage({ ok: false, text: general });
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={720}>
        <Alert color="grape" variant="light">{t('casework.intake.sensitive')}</Alert>
        <Textarea label={t('casework.intake.alreadyDone')} autosize minRows={2} maxLength={2000} {...form.getInputProps('alreadyDone')} />
        <Checkbox.Group label={t('casework.intake.needs')} {...form.getInputProps('needs')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing={6}>
            {NEEDS.map((n) => <Checkbox key={n} value={n} label={t(`casework.needs.${n}`)} />)}
          </SimpleGrid>
        </Checkbox.Group>
        <Textarea label={t('casework.intake.needsNote')} autosize minRows={2} maxLength={2000} {...form.getInputProps('needsNote')} />
        <Textarea label={t('casework.intake.strengths')} autosize minRows={2} maxLength={2000} {...form.getInputProps('strengths')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('casework.intake.preferredSectors')} maxLength={500} {...form.getInputProps('preferredSectors')} />
          <TextInput label={t('casework.intake.preferredWork')} maxLength={1000} {...form.getInputProps('preferredWork')} />
          <TextInput label={t('casework.intake.homeCity')} maxLength={100} {...form.getInputProps('homeCity')} />
          <TagsInput label={t('casework.intake.reachTowns')} description={t('casework.intake.reachTownsHint')} maxTags={15}
            splitChars={[',', 'Enter']} {...form.getInputProps('reachTowns')} />
          <NumberInput hideControls label={t('casework.intake.maxTravelMinutes')} min={0} max={300} allowDecimal={false} {...form.getInputProps('maxTravelMinutes')} />
          <TextInput type="date" label={t('casework.startBy')} {...form.getInputProps('internshipStartBy')} />
          <NumberInput hideControls label={t('casework.intake.requiredHours')} min={0} max={2000} allowDecimal={false} {...form.getInputProps('requiredHours')} />
        </SimpleGrid>
        <Textarea label={t('casework.intake.availability')} autosize minRows={1} maxLength={1000} {...form.getInputProps('availability')} />
        {message && <Alert color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>{message.text}</Alert>}
        <Group><Button type="submit" loading={save.isPending}>{t('common.save')}</Button></Group>
      </Stack>
    </form>
  );
}

export function IntakePanel({ studentId }: { studentId: string }) {
  const intake = useIntake(studentId);
  // Kept here: the form starts afresh from each saved version (its key), and "saved" must outlive that.
  const [message, setMessage] = useState<Message>();
  if (intake.isPending) return <PageLoader />;
  if (intake.isError) return <QueryError error={intake.error} />;
  return <IntakeForm key={intake.data.etag} studentId={studentId} intake={intake.data.data} etag={intake.data.etag}
    message={message} setMessage={setMessage} />;
}
