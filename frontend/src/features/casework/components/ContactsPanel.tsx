import { Alert, Badge, Button, Card, Chip, Group, NumberInput, Select, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/shared/api/client';
import { fieldErrors } from '@/shared/api/form-errors';
import { formatDate, formatDateTime } from '@/shared/ui/format';
import { useContacts, useLogContact } from '../api/contacts';

const CHANNELS: Schemas['ContactChannel'][] = ['PHONE', 'WHATSAPP', 'IN_PERSON', 'EMAIL', 'VIDEO', 'HOME_VISIT', 'OTHER'];
const PARTIES: Schemas['ContactParty'][] = ['STUDENT', 'PARENT', 'EMPLOYER', 'SCHOOL', 'YOUTH_WORKER', 'OTHER'];
const QUICK_MINUTES = [5, 10, 15, 30, 60];

/** Logging a contact from a phone: channel, minutes, save — the rest is optional. */
export function ContactsPanel({ studentId }: { studentId: string }) {
  const { t, i18n } = useTranslation();
  const contacts = useContacts(studentId);
  const log = useLogContact(studentId);
  const [channel, setChannel] = useState<string>('PHONE');
  const [party, setParty] = useState<string | null>('STUDENT');
  const [minutes, setMinutes] = useState<number | string>(10);
  const [summary, setSummary] = useState('');
  const [confidential, setConfidential] = useState(false);
  const [followUpOn, setFollowUpOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  const submit = async () => {
    setSaved(false);
    if (typeof minutes !== 'number') {
      setErrors({ minutes: t('validation.required') });
      return;
    }
    try {
      await log.mutateAsync({
        channel: channel as Schemas['ContactChannel'],
        party: (party ?? 'STUDENT') as Schemas['ContactParty'],
        minutes,
        summary: summary.trim() || undefined,
        confidential,
        followUpOn: followUpOn || undefined,
      });
      setErrors({});
      setSummary('');
      setConfidential(false);
      setFollowUpOn('');
      setSaved(true);
    } catch (e) {
      setErrors(fieldErrors(e, t, ['channel', 'party', 'minutes', 'summary', 'followUpOn']).fields);
    }
  };

  return (
    <Stack maw={720}>
      <Card withBorder>
        <form onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
          <Stack gap="sm">
            <Text fw={600} component="h3" m={0}>{t('casework.logContact')}</Text>
            <div role="group" aria-labelledby="contact-channel-label">
              <Text size="sm" fw={500} id="contact-channel-label" mb={4}>{t('casework.channel')}</Text>
              <Chip.Group multiple={false} value={channel} onChange={(v) => setChannel(v as string)}>
                <Group gap={6}>
                  {CHANNELS.map((c) => <Chip key={c} value={c} size="sm">{t(`casework.channels.${c}`)}</Chip>)}
                </Group>
              </Chip.Group>
            </div>
            <Group grow align="flex-start" wrap="wrap">
              <Select label={t('casework.party')} data={PARTIES.map((p) => ({ value: p, label: t(`casework.parties.${p}`) }))}
                value={party} onChange={setParty} allowDeselect={false} miw={160} />
              <NumberInput label={t('casework.minutes')} min={0} max={1440} allowDecimal={false} hideControls
                value={minutes} onChange={setMinutes} error={errors.minutes} miw={120} />
            </Group>
            <Group gap={6}>
              {QUICK_MINUTES.map((m) => (
                <Button key={m} size="compact-sm" variant={minutes === m ? 'filled' : 'default'} onClick={() => setMinutes(m)}
                  aria-label={`${m} ${t('casework.minutes').toLowerCase()}`}>
                  {m}
                </Button>
              ))}
            </Group>
            <Textarea label={t('casework.summary')} autosize minRows={2} maxLength={2000} value={summary}
              onChange={(e) => setSummary(e.currentTarget.value)} error={errors.summary} />
            <Switch label={t('casework.confidential')} checked={confidential} onChange={(e) => setConfidential(e.currentTarget.checked)} />
            <TextInput type="date" label={t('casework.followUpOn')} value={followUpOn} maw={220}
              onChange={(e) => setFollowUpOn(e.currentTarget.value)} error={errors.followUpOn} />
            {saved && <Alert color="green" role="status" py={6}>{t('casework.logged')}</Alert>}
            <Group>
              <Button type="submit" loading={log.isPending}>{t('casework.save')}</Button>
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
                {t(`casework.channels.${c.channel}`)} · {t(`casework.parties.${c.party}`)} · {c.minutes} min
              </Text>
              <Text size="xs" c="dimmed">{formatDateTime(c.occurredAt, i18n.language)} · {c.author}</Text>
            </Group>
            {c.summaryHidden ? (
              <Text size="sm" fs="italic">{t('casework.hiddenSummary')}</Text>
            ) : (
              c.summary && <Text size="sm">{c.summary}</Text>
            )}
            <Group gap={6} mt={4}>
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
