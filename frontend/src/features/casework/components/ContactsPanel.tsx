import { Alert, Badge, Button, Card, Chip, Group, NumberInput, Select, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';
import { FormProblem, useServerForm } from '@/shared/forms/action-form';
import { formatDate, formatDateTime } from '@/shared/ui/format';
import { useContacts, useEmployerContacts, useLogContact, useLogEmployerContact } from '../api/contacts';
import { useEmployerOptions } from '@/features/employers/api/employer-options';
import { usePersonName } from '@/shared/api/people';

const CHANNELS: Schemas['ContactChannel'][] = ['PHONE', 'WHATSAPP', 'IN_PERSON', 'EMAIL', 'VIDEO', 'HOME_VISIT', 'OTHER'];
const PARTIES: Schemas['ContactParty'][] = ['STUDENT', 'PARENT', 'EMPLOYER', 'SCHOOL', 'YOUTH_WORKER', 'OTHER'];
const QUICK_MINUTES = [5, 10, 15, 30, 60];
const OUTCOMES: Schemas['ContactOutcome'][] = ['REACHED', 'NOT_REACHED', 'NO_SHOW'];

/** A student's contact log, or an employer's contacts and visits (no student needed). */
type Subject = { studentId: string } | { employerId: string };

/** Logging a contact from a phone: channel, minutes, save — the rest is optional. */
export function ContactsPanel(subject: Subject) {
  const { t, i18n } = useTranslation();
  const studentId = 'studentId' in subject ? subject.studentId : '';
  const employerId = 'employerId' in subject ? subject.employerId : '';
  const ofStudent = useContacts(studentId, !!studentId);
  const ofEmployer = useEmployerContacts(employerId, !!employerId);
  const contacts = studentId ? ofStudent : ofEmployer;
  const logForStudent = useLogContact(studentId);
  const logWithEmployer = useLogEmployerContact(employerId);
  const personName = usePersonName();
  const [saved, setSaved] = useState(false);
  const { form, problem, busy, submit } = useServerForm({
    serverFields: ['channel', 'party', 'minutes', 'summary', 'followUpOn', 'employerId', 'outcome'],
    initialValues: {
      channel: (employerId ? 'IN_PERSON' : 'PHONE') as Schemas['ContactChannel'], party: 'STUDENT' as string | null,
      minutes: (employerId ? 30 : 10) as number | string, employerId: null as string | null,
      summary: '', confidential: false, followUpOn: '', outcome: 'REACHED' as string | null,
    },
    validate: { minutes: (m) => (typeof m === 'number' ? null : t('validation.required')) },
  });
  const { party, minutes } = form.getValues();
  const withEmployer = !!studentId && party === 'EMPLOYER';
  const employers = useEmployerOptions(withEmployer);
  const save = submit(async (v) => {
    setSaved(false);
    const common = {
      channel: v.channel,
      minutes: v.minutes as number,
      summary: v.summary.trim() || undefined,
      confidential: v.confidential,
      followUpOn: v.followUpOn || undefined,
    };
    if (studentId) {
      const p = (v.party ?? 'STUDENT') as Schemas['ContactParty'];
      await logForStudent.mutateAsync({
        ...common, party: p, employerId: p === 'EMPLOYER' ? v.employerId ?? undefined : undefined,
        outcome: (v.outcome ?? 'REACHED') as Schemas['ContactOutcome'],
      });
    } else {
      await logWithEmployer.mutateAsync(common);
    }
    form.setValues({ summary: '', confidential: false, followUpOn: '', outcome: 'REACHED' });
    setSaved(true);
  });

  return (
    <Stack maw={720}>
      <Card withBorder>
        <form onSubmit={save} noValidate>
          <Stack gap="sm">
            <Text fw={600} component="h3" m={0}>{employerId ? t('employers.history.logContact') : t('casework.logContact')}</Text>
            <FormProblem problem={problem} />
            <div role="group" aria-labelledby="contact-channel-label">
              <Text size="sm" fw={500} id="contact-channel-label" mb={4}>{t('casework.channel')}</Text>
              <Chip.Group multiple={false} value={form.getValues().channel}
                onChange={(v) => form.setFieldValue('channel', v as Schemas['ContactChannel'])}>
                <Group gap={6}>
                  {CHANNELS.map((c) => <Chip key={c} value={c} size="sm">{t(`casework.channels.${c}`)}</Chip>)}
                </Group>
              </Chip.Group>
            </div>
            <Group grow align="flex-start" wrap="wrap">
              {studentId && (
                <Select label={t('casework.party')} data={PARTIES.map((p) => ({ value: p, label: t(`casework.parties.${p}`) }))}
                  allowDeselect={false} miw={160} {...form.getInputProps('party')} />
              )}
              {withEmployer && (
                <Select label={t('casework.employer')} searchable clearable miw={200}
                  data={(employers.data ?? []).map((e) => ({ value: e.id, label: e.name }))} {...form.getInputProps('employerId')} />
              )}
              {studentId && (
                <Select label={t('after.contactOutcome')} allowDeselect={false} miw={160} {...form.getInputProps('outcome')}
                  data={OUTCOMES.map((o) => ({ value: o, label: t(`after.contactOutcomes.${o}`) }))} />
              )}
              <NumberInput label={t('casework.minutes')} min={0} max={1440} allowDecimal={false} hideControls miw={120}
                {...form.getInputProps('minutes')} />
            </Group>
            <Group gap={6}>
              {QUICK_MINUTES.map((m) => (
                <Button key={m} size="compact-sm" variant={minutes === m ? 'filled' : 'default'} onClick={() => form.setFieldValue('minutes', m)}
                  aria-label={`${m} ${t('casework.minutes').toLowerCase()}`}>
                  {m}
                </Button>
              ))}
            </Group>
            <Textarea label={t('casework.summary')} autosize minRows={2} maxLength={2000} {...form.getInputProps('summary')} />
            <Switch label={t('casework.confidential')} {...form.getInputProps('confidential', { type: 'checkbox' })} />
            <TextInput type="date" label={t('casework.followUpOn')} maw={220} {...form.getInputProps('followUpOn')} />
            {saved && <Alert color="green" role="status" py={6}>{t('casework.logged')}</Alert>}
            <Group>
              <Button type="submit" loading={busy}>{t('casework.save')}</Button>
            </Group>
          </Stack>
        </form>
      </Card>
      {contacts.data?.items.length === 0 && <Text size="sm">{t('casework.noContacts')}</Text>}
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {contacts.data?.items.map((c) => (
          <Card key={c.id} withBorder padding="sm" component="li">
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={600}>
                {t(`casework.channels.${c.channel}`)} · {employerId ? null : `${t(`casework.parties.${c.party}`)} · `}{c.minutes} min
              </Text>
              <Text size="xs" c="dimmed">{formatDateTime(c.occurredAt, i18n.language)} · {personName(c.author)}</Text>
            </Group>
            {c.summaryHidden ? (
              <Text size="sm" fs="italic">{t('casework.hiddenSummary')}</Text>
            ) : (
              c.summary && <Text size="sm">{c.summary}</Text>
            )}
            <Group gap={6} mt={4}>
              {c.outcome !== 'REACHED' && <Badge size="xs" color="orange" variant="light" c="dark" tt="none">{t(`after.contactOutcomes.${c.outcome}`)}</Badge>}
              {c.confidential && <Badge size="xs" color="grape" variant="light" c="dark" tt="none">{t('casework.confidential').split(' (')[0]}</Badge>}
              {c.followUpOn && (
                <Badge size="xs" variant="light" c="dark" tt="none" color={c.followUpDone ? 'green' : 'blue'}>
                  {c.followUpDone ? t('casework.followUpDone') : t('casework.followUp', { date: formatDate(c.followUpOn, i18n.language) })}
                </Badge>
              )}
            </Group>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
