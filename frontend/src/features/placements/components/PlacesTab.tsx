import { Badge, Button, NumberInput, Card, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { TFunction } from '@/shared/i18n';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';
import { ActionForm, useServerForm } from '@/shared/forms/action-form';
import { todayIso, validators } from '@/shared/forms/validators';
import { formatDate, formatDateTime } from '@/shared/ui/format';
import { useFiles } from '@/features/casework/api/files';
import { useIntake } from '@/features/casework/api/intake';
import { useMatches } from '../api/matches';
import { useEvaluateIntervention, useInterventions, usePlacementCheckIns, usePlacements, usePropose } from '../api/placements';
import { CheckInDialog } from './CheckInDialog';
import { FoundPlaceDialog } from './FoundPlaceDialog';
import { ApplicationsSection } from './ApplicationsSection';
import { SendVacancyDialog, type VacancyTarget } from './SendVacancyDialog';
import { OutreachSection } from './OutreachSection';
import { PlacementActions } from './PlacementActions';
import { PlacementStatusBadge } from './PlacementStatusBadge';

/** Reasons the system writes when it withdraws a proposal, in the user's language; a broker's own text as is. */
function systemReason(reason: string, t: TFunction): string {
  if (reason === 'Consent withdrawn') return t('placements.withdrawnBecause.consent');
  if (reason === 'Placed elsewhere') return t('placements.withdrawnBecause.placedElsewhere');
  if (reason.startsWith('Case closed: ')) return t('placements.withdrawnBecause.caseClosed', { reason: reason.slice(13) });
  return reason;
}

/** Check-ins on an agreed or running internship (the employer's reports and the brokers'), the newest three. */
function CheckInLines({ placement: p }: { placement: Schemas['PlacementView'] }) {
  const { t, i18n } = useTranslation();
  const current = p.status === 'ACCEPTED' || p.status === 'ACTIVE';
  const checkIns = usePlacementCheckIns(p.id, current);
  if (!current || !checkIns.data?.length) return null;
  return (
    <Stack gap={2} mb={6} data-testid="check-ins">
      {checkIns.data.slice(0, 3).map((c) => (
        <Text key={c.id} size="sm">
          <Badge size="xs" variant="light" c="dark" tt="none" color={c.signal === 'OK' ? 'green' : c.signal === 'AT_RISK' ? 'red' : 'orange'}>
            {t(`signals.kind.${c.signal}`)}
          </Badge>{' '}
          {t(`checkIns.parties.${c.party}`)} · {t(`checkIns.channels.${c.channel}`)} · {formatDateTime(c.reportedAt, i18n.language)}
          {c.note ? ` · ${c.note}` : ''}
        </Text>
      ))}
    </Stack>
  );
}

/** Agreements on this placement, with a quick "did it help?" for the open ones. */
function Agreements({ placement: p }: { placement: Schemas['PlacementView'] }) {
  const { t, i18n } = useTranslation();
  const shown = p.status === 'ACCEPTED' || p.status === 'ACTIVE' || p.status === 'COMPLETED' || p.status === 'ENDED_EARLY';
  const list = useInterventions(p.id, shown);
  const evaluate = useEvaluateIntervention();
  if (!shown || !list.data?.length) return null;
  return (
    <Stack gap={4} mb={6} data-testid="agreements">
      <Text size="sm" fw={600}>{t('after.agreements')}</Text>
      {list.data.map((i) => (
        <div key={i.id}>
          <Text size="sm">
            {i.agreement} <Text span size="xs" c="dimmed">({t('after.agreementLine', { who: i.withWhom, date: formatDate(i.dueOn, i18n.language) })})</Text>
          </Text>
          {i.outcome === 'OPEN' ? (
            <Group gap={4} role="group" aria-label={t('after.helped')}>
              {(['HELPED', 'PARTLY', 'NOT_HELPED'] as const).map((o) => (
                <Button key={o} size="compact-xs" variant="default" onClick={() => evaluate.mutate({ intervention: i, body: { outcome: o } })}>
                  {t(`after.outcome.${o}`)}
                </Button>
              ))}
            </Group>
          ) : (
            <Badge size="xs" variant="light" c="dark" tt="none" color={i.outcome === 'HELPED' ? 'green' : i.outcome === 'PARTLY' ? 'yellow' : 'red'}>
              {t(`after.outcome.${i.outcome}`)}
            </Badge>
          )}
        </div>
      ))}
    </Stack>
  );
}

/** On the case file: the student's proposals and placements, then the places ranked for them. */
export function PlacesTab({ studentId }: { studentId: string }) {
  const { t, i18n } = useTranslation();
  const matches = useMatches(studentId);
  const placements = usePlacements({ studentId, size: 50 });
  const propose = usePropose();
  const [target, setTarget] = useState<Schemas['MatchView'] | null>(null);
  const [sendTarget, setSendTarget] = useState<VacancyTarget | null>(null);
  const files = useFiles(studentId);
  const intake = useIntake(studentId);
  const rules = validators(t);
  const { form, problem, busy, submit } = useServerForm({
    initialValues: {
      profile: '', strengths: '', support: '', cv: null as string | null, consent: false, guardian: false,
      consentDate: todayIso(), type: 'EXTERNAL' as Schemas['PlacementType'], requiredHours: '' as number | string, endDate: '',
    },
    validate: {
      profile: rules.requiredText(2000),
      consent: (v) => (v ? null : t('errors.code.AssertTrue')),
      consentDate: rules.required,
    },
  });
  const lng = i18n.language;

  const save = submit(async (v) => {
    await propose.mutateAsync({
      studentId, placeId: target!.placeId, profile: v.profile, strengths: v.strengths || undefined,
      supportToMention: v.support || undefined, cvAttachmentId: v.cv ?? undefined, consentToShare: v.consent,
      consentDate: v.consentDate, guardianConsent: v.guardian || undefined, type: v.type,
      requiredHours: typeof v.requiredHours === 'number' ? v.requiredHours : undefined, endDate: v.endDate || undefined,
    });
    setTarget(null);
  });

  return (
    <Stack maw={820}>
      <Group justify="space-between" gap="xs">
        <Title order={3} size="h5">{t('placements.currentTitle')}</Title>
        {placements.data && !placements.data.items.some((p) => p.status === 'ACCEPTED' || p.status === 'ACTIVE') && (
          <FoundPlaceDialog studentId={studentId} requiredHours={intake.data?.data.requiredHours} />
        )}
      </Group>
      {placements.data?.items.length === 0 && <Text size="sm">{t('placements.none')}</Text>}
      {placements.data?.items.map((p) => (
        <Card key={p.id} withBorder padding="sm" data-testid="placement">
          <Group justify="space-between" gap="xs" mb={6}>
            <div>
              <Text fw={600}>{p.employerName}{p.placeTitle ? ` · ${p.placeTitle}` : ''}</Text>
              <Text size="xs" c="dimmed">
                {t(`placements.type.${p.type}`)}
                {p.interviewAt ? ` · ${t('placements.interviewAt')} ${formatDate(p.interviewAt, lng)}` : ''}
                {p.startDate ? ` · ${t('placements.startDate')} ${formatDate(p.startDate, lng)}` : ''}
                {p.endDate ? ` · ${t('placements.endDate')} ${formatDate(p.endDate, lng)}` : ''}
              </Text>
            </div>
            <PlacementStatusBadge status={p.status} />
          </Group>
          {(p.hoursConfirmedAt || p.evaluationRating != null) && (
            <Text size="sm" mb={6}>
              {p.hoursConfirmedAt ? t('placements.hoursConfirmed', { done: p.hoursDone, required: p.requiredHours ?? '–', date: formatDate(p.hoursConfirmedAt, lng) }) : ''}
              {p.evaluationRating != null ? ` ${t('placements.employerEvaluation', { rating: p.evaluationRating, text: p.evaluation })}` : ''}
            </Text>
          )}
          {(p.withdrawReason || p.declineReason || p.endNote) && (
            <Text size="sm" fs="italic" mb={6}>{systemReason(p.withdrawReason ?? p.declineReason ?? p.endNote ?? '', t)}</Text>
          )}
          {p.status === 'ENDED_EARLY' && p.endReason && (
            <Text size="sm" mb={6}>
              {t(`placements.endReason.${p.endReason}`)}{p.endedBy ? ` · ${t('after.endedBy')} ${t(`after.endedByKind.${p.endedBy}`)}` : ''}
            </Text>
          )}
          <CheckInLines placement={p} />
          <Agreements placement={p} />
          {(p.status === 'ACCEPTED' || p.status === 'ACTIVE') && <Group mb={6}><CheckInDialog placement={p} /></Group>}
          <PlacementActions placement={p} />
        </Card>
      ))}

      <OutreachSection studentId={studentId} />
      <ApplicationsSection studentId={studentId} requiredHours={intake.data?.data.requiredHours}
        placed={!!placements.data?.items.some((p) => p.status === 'ACCEPTED' || p.status === 'ACTIVE')} />

      <Title order={3} size="h5" mt="md">{t('placements.matchesTitle')}</Title>
      {matches.data?.length === 0 && <Text size="sm">{t('placements.noMatches')}</Text>}
      <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('placements.matchesTitle')}>
        {matches.data?.map((m) => (
          <Card key={m.placeId} withBorder padding="sm" component="li" data-testid="match">
            <Group justify="space-between" align="flex-start" gap="xs">
              <div style={{ flex: '1 1 20rem' }}>
                <Text fw={600}>{m.placeTitle}</Text>
                <Text size="sm">{m.employerName}{m.city ? ` · ${m.city}` : ''}{m.startDate ? ` · ${formatDate(m.startDate, lng)}` : ''}</Text>
                <Group gap={4} mt={6}>
                  {m.reasons.map((r) => (
                    <Badge key={r.code} size="sm" variant="light" tt="none" c="dark" color={r.points > 0 ? 'green' : r.points < 0 ? 'red' : 'gray'}>
                      {t(`placements.reasons.${r.code}`, { defaultValue: r.text })} {r.points > 0 ? `+${r.points}` : r.points < 0 ? r.points : ''}
                    </Badge>
                  ))}
                </Group>
              </div>
              <Stack gap={6} align="flex-end">
                <Text fw={700} size="lg">{t('placements.score', { score: m.score })}</Text>
                <Button size="compact-sm" onClick={() => {
                  form.reset();
                  // The hours the programme asks for, as the intake recorded them; the broker can change them here.
                  form.setFieldValue('requiredHours', intake.data?.data.requiredHours ?? '');
                  setTarget(m);
                }}>
                  {t('placements.propose')}
                </Button>
                <Button size="compact-sm" variant="light" aria-label={t('applications.sendPlaceShort', { title: m.placeTitle })}
                  onClick={() => setSendTarget({ placeId: m.placeId, placeTitle: m.placeTitle, employerName: m.employerName })}>
                  {t('applications.sendShort')}
                </Button>
              </Stack>
            </Group>
          </Card>
        ))}
      </Stack>

      <SendVacancyDialog studentId={studentId} target={sendTarget} onClose={() => setSendTarget(null)} />
      <Modal opened={target !== null} onClose={() => setTarget(null)} closeButtonProps={{ 'aria-label': t('common.close') }}
        title={target ? t('placements.proposeTitle', { employer: target.employerName }) : ''}>
        <ActionForm problem={problem} busy={busy} submitLabel={t('placements.propose')} onCancel={() => setTarget(null)} onSubmit={save}>
          <Select label={t('placements.typeLabel')} allowDeselect={false} {...form.getInputProps('type')}
            data={(['EXTERNAL', 'OWN_ORGANISATION'] as const).map((k) => ({ value: k, label: t(`placements.type.${k}`) }))} />
          <Textarea label={t('placements.profile')} description={t('placements.profileHint')} required autosize minRows={4}
            maxLength={2000} {...form.getInputProps('profile')} />
          <TextInput label={t('placements.strengths')} maxLength={1000} {...form.getInputProps('strengths')} />
          <Textarea label={t('placements.supportToMention')} description={t('placements.supportHint')} autosize minRows={2}
            maxLength={1000} {...form.getInputProps('support')} />
          {files.data && files.data.length > 0 && (
            <Select label={t('placements.cv')} clearable {...form.getInputProps('cv')}
              data={files.data.map((f) => ({ value: f.id, label: f.fileName }))} />
          )}
          <SimpleGrid cols={2}>
            <NumberInput hideControls label={t('casework.intake.requiredHours')} min={0} max={2000} allowDecimal={false}
              {...form.getInputProps('requiredHours')} />
            <TextInput type="date" label={t('placements.endDate')} {...form.getInputProps('endDate')} />
          </SimpleGrid>
          <Checkbox label={t('placements.consent')} {...form.getInputProps('consent', { type: 'checkbox' })} />
          <Checkbox label={t('placements.guardianConsent')} {...form.getInputProps('guardian', { type: 'checkbox' })} />
          <TextInput type="date" label={t('placements.consentDate')} max={todayIso()} maw={220} {...form.getInputProps('consentDate')} />
        </ActionForm>
      </Modal>
    </Stack>
  );
}
