import { Alert, Button, Card, Checkbox, Group, List, Modal, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';
import { usePersonName } from '@/shared/api/people';
import { ActionForm, useServerForm } from '@/shared/forms/action-form';
import { todayIso, validators } from '@/shared/forms/validators';
import { formatDate } from '@/shared/ui/format';
import { useClosure, useCloseCase, useReopenCase } from '../api/after';
import { useCaseAction } from '../api/case-actions';

const PLACEMENT_OUTCOMES: Schemas['PlacementOutcome'][] = ['PLACED_EXTERNALLY', 'PLACED_OWN_ORGANISATION', 'FOUND_THEMSELVES', 'NOT_PLACED'];
const EDUCATION_OUTCOMES: Schemas['EducationOutcome'][] = ['DIPLOMA', 'STILL_STUDYING', 'STOPPED', 'SWITCHED_PROGRAMME', 'UNKNOWN'];
export const HAND_OFF_KINDS: Schemas['HandOffKind'][] = ['YOUTH_WORKER', 'DISTRICT_TEAM', 'COMPULSORY_EDUCATION_OFFICER', 'SCHOOL', 'OTHER'];
const REOPEN_AT: Schemas['Phase'][] = ['INTAKE', 'PREPARATION', 'MATCHING'];

/**
 * How a case ends: after an internship the broker picks the next step; closing names what is still open and
 * records the outcomes (and a hand-off); a closed case shows how it ended and can be reopened with a reason.
 */
export function ClosurePanel({ student }: { student: Schemas['StudentView'] }) {
  const { t, i18n } = useTranslation();
  const personName = usePersonName();
  const closure = useClosure(student.id);
  const phase = useCaseAction(student.id);
  const [closing, setClosing] = useState(false);
  const lng = i18n.language;
  const o = closure.data;
  if (!o) return null;

  return (
    <>
      {student.phase === 'INTERNSHIP_ENDED' && (
        <Alert color="blue" title={t('after.nextStepTitle')} maw={720} data-testid="next-step">
          <Text size="sm" mb="sm">{t('after.nextStepText')}</Text>
          <Group gap="xs">
            <Button size="compact-md" loading={phase.isPending}
              onClick={() => phase.mutate({ kind: 'phase', body: { phase: 'MATCHING', reason: t('after.nextMatching') } })}>
              {t('after.nextMatching')}
            </Button>
            <Button size="compact-md" variant="default" loading={phase.isPending}
              onClick={() => phase.mutate({ kind: 'phase', body: { phase: 'PREPARATION', reason: t('after.nextPreparation') } })}>
              {t('after.nextPreparation')}
            </Button>
            <Button size="compact-md" variant="default" onClick={() => setClosing(true)}>{t('after.close')}</Button>
          </Group>
        </Alert>
      )}
      {o.current ? (
        <Card withBorder maw={720} data-testid="closure">
          <Title order={3} size="h5" mb="xs">{t('after.closedTitle')}</Title>
          <Stack gap={4}>
            <Text size="sm">{t('after.closedOn', { date: formatDate(o.current.closedAt, lng), who: personName(o.current.closedBy) })}</Text>
            <Text size="sm"><b>{t('after.placementOutcome')}:</b> {t(`after.placementOutcomes.${o.current.placementOutcome}`)}</Text>
            <Text size="sm"><b>{t('after.educationOutcome')}:</b> {t(`after.educationOutcomes.${o.current.educationOutcome}`)}</Text>
            {o.current.handOff && (
              <Text size="sm"><b>{t('after.handOffTo')}:</b> {t(`after.handOffKinds.${o.current.handOff.toKind}`)} · {o.current.handOff.toName}</Text>
            )}
            <Text size="sm" fs="italic">{o.current.reason}</Text>
          </Stack>
          <ReopenForm studentId={student.id} />
        </Card>
      ) : student.phase !== 'CLOSED' && student.phase !== 'INTERNSHIP_ENDED' && (
        <Group maw={720}>
          <Button variant="default" onClick={() => setClosing(true)}>{t('after.close')}</Button>
        </Group>
      )}
      {student.phase === 'CLOSED' && !o.current && <ReopenForm studentId={student.id} />}
      {o.history.length > 0 && (
        <Card withBorder maw={720} data-testid="closure-history">
          <Title order={3} size="h6" mb={4}>{t('after.earlier')}</Title>
          {o.history.map((c) => (
            <Text key={c.id} size="sm">
              {t('after.earlierLine', {
                closed: formatDate(c.closedAt, lng), outcome: t(`after.placementOutcomes.${c.placementOutcome}`),
                reopened: formatDate(c.reopenedAt!, lng), reason: c.reopenReason,
              })}
            </Text>
          ))}
        </Card>
      )}
      <Modal opened={closing} onClose={() => setClosing(false)} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('after.closeTitle', { name: `${student.firstName} ${student.lastName}` })}>
        {closing && <CloseForm student={student} overview={o} onDone={() => setClosing(false)} />}
      </Modal>
    </>
  );
}

function CloseForm({ student, overview: o, onDone }: {
  student: Schemas['StudentView']; overview: Schemas['CaseClosureOverview']; onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const rules = validators(t);
  const close = useCloseCase(student.id);
  const { form, problem, busy, submit } = useServerForm({
    serverFields: ['placementOutcome', 'educationOutcome', 'reason', 'handOff.toKind', 'handOff.toName', 'handOff.reason'],
    initialValues: {
      placementOutcome: o.suggestedPlacementOutcome as string | null, educationOutcome: 'UNKNOWN' as string | null, reason: '',
      withHandOff: false, handOff: { toKind: null as string | null, toName: '', reason: '', handedOffOn: todayIso() },
    },
    validate: {
      reason: rules.requiredText(1000),
      handOff: {
        toKind: (v, all) => (all.withHandOff ? rules.required(v ?? '') : null),
        toName: (v, all) => (all.withHandOff ? rules.requiredText(200)(v) : null),
        reason: (v, all) => (all.withHandOff ? rules.requiredText(1000)(v) : null),
      },
    },
  });
  const v = form.getValues();
  const blocked = o.openItems.some((i) => i.blocks);
  return (
    <ActionForm problem={problem} busy={busy} danger submitLabel={t('after.closeConfirm')} onCancel={onDone}
      onSubmit={submit(async (x) => {
        await close.mutateAsync({
          placementOutcome: x.placementOutcome as Schemas['PlacementOutcome'],
          educationOutcome: x.educationOutcome as Schemas['EducationOutcome'], reason: x.reason.trim(),
          handOff: x.withHandOff ? {
            toKind: x.handOff.toKind as Schemas['HandOffKind'], toName: x.handOff.toName.trim(), reason: x.handOff.reason.trim(),
            handedOffOn: x.handOff.handedOffOn || undefined,
          } : undefined,
        });
        onDone();
      })}>
      <div data-testid="open-items">
        <Text fw={600} size="sm">{t('after.openItems')}</Text>
        {o.openItems.length === 0 ? <Text size="sm">{t('after.noOpenItems')}</Text> : (
          <List size="sm" spacing={2}>
            {o.openItems.map((i) => (
              <List.Item key={`${i.kind}-${i.refId}`} c={i.blocks ? 'red.8' : undefined}>
                {t(`after.openKind.${i.kind}`, { detail: i.detail })}{i.date ? ` · ${formatDate(i.date, i18n.language)}` : ''}
              </List.Item>
            ))}
          </List>
        )}
      </div>
      {!blocked && (
        <>
          <Select label={t('after.placementOutcome')} required allowDeselect={false} {...form.getInputProps('placementOutcome')}
            data={PLACEMENT_OUTCOMES.map((x) => ({ value: x, label: t(`after.placementOutcomes.${x}`) }))} />
          <Select label={t('after.educationOutcome')} allowDeselect={false} {...form.getInputProps('educationOutcome')}
            data={EDUCATION_OUTCOMES.map((x) => ({ value: x, label: t(`after.educationOutcomes.${x}`) }))} />
          <Textarea label={t('after.reason')} required autosize minRows={2} maxLength={1000} {...form.getInputProps('reason')} />
          <Checkbox label={t('after.withHandOff')} {...form.getInputProps('withHandOff', { type: 'checkbox' })} />
          {v.withHandOff && <HandOffFields form={form} prefix="handOff." />}
        </>
      )}
    </ActionForm>
  );
}

/** The hand-off's fields, in the closing form or on their own. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function HandOffFields({ form, prefix }: { form: any; prefix: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Select label={t('after.handOffTo')} required {...form.getInputProps(`${prefix}toKind`)}
        data={HAND_OFF_KINDS.map((x) => ({ value: x, label: t(`after.handOffKinds.${x}`) }))} />
      <TextInput label={t('after.handOffName')} required maxLength={200} {...form.getInputProps(`${prefix}toName`)} />
      <TextInput type="date" label={t('after.handOffOn')} max={todayIso()} maw={220} {...form.getInputProps(`${prefix}handedOffOn`)} />
      <Textarea label={t('after.handOffReason')} required autosize minRows={2} maxLength={1000} {...form.getInputProps(`${prefix}reason`)} />
    </Stack>
  );
}

function ReopenForm({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const rules = validators(t);
  const reopen = useReopenCase(studentId);
  const [open, setOpen] = useState(false);
  const { form, problem, busy, submit } = useServerForm({
    serverFields: ['reason', 'phase'],
    initialValues: { reason: '', phase: 'INTAKE' as string | null },
    validate: { reason: rules.requiredText(1000) },
  });
  if (!open) {
    return <Group mt="sm"><Button variant="default" onClick={() => { form.reset(); setOpen(true); }}>{t('after.reopen')}</Button></Group>;
  }
  return (
    <Stack mt="sm">
      <ActionForm problem={problem} busy={busy} submitLabel={t('after.reopen')} onCancel={() => setOpen(false)}
        onSubmit={submit(async (v) => {
          await reopen.mutateAsync({ reason: v.reason.trim(), phase: v.phase as Schemas['Phase'] });
          setOpen(false);
        })}>
        <Textarea label={t('after.reopenReason')} required autosize minRows={2} maxLength={1000} {...form.getInputProps('reason')} />
        <Select label={t('after.reopenAt')} allowDeselect={false} maw={260} {...form.getInputProps('phase')}
          data={REOPEN_AT.map((x) => ({ value: x, label: t(`phase.${x}`) }))} />
      </ActionForm>
    </Stack>
  );
}
