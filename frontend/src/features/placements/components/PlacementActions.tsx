import { Button, Group, Modal, NumberInput, Select, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';
import { ActionForm, useServerForm } from '@/shared/forms/action-form';
import { todayIso, validators } from '@/shared/forms/validators';
import { usePlacementStep, type PlacementStep } from '../api/placements';

type Kind = PlacementStep['kind'];

/** The steps allowed from each status, mirroring PlacementStatus.next() in the API. */
const NEXT: Record<Schemas['PlacementStatus'], Kind[]> = {
  PROPOSED: ['interview', 'accept', 'decline', 'withdraw'],
  INTERVIEW: ['interview', 'accept', 'decline', 'withdraw'],
  ACCEPTED: ['start', 'withdraw'],
  ACTIVE: ['complete', 'endEarly'],
  DECLINED: [],
  WITHDRAWN: [],
  COMPLETED: [],
  ENDED_EARLY: [],
};

type Values = { date: string; time: string; reason: string | null; endedBy: string | null; text: string; hours: number | string };
const END_REASONS: Schemas['EndReason'][] = ['STUDENT_DROPPED_OUT', 'EMPLOYER_ENDED', 'CONFLICT', 'HEALTH', 'MOVED', 'OTHER'];
const ENDED_BY: Schemas['EndedBy'][] = ['STUDENT', 'EMPLOYER', 'SCHOOL', 'PARENT', 'BROKER'];

/** The request body of a step, from the dialog's values. */
function toStep(kind: Kind, v: Values): PlacementStep {
  switch (kind) {
    case 'interview':
      return { kind, body: { at: new Date(`${v.date}T${v.time || '10:00'}`).toISOString() } };
    case 'accept':
      return { kind, body: { startDate: v.date || undefined } };
    case 'decline':
      return { kind, body: { reason: v.text.trim() } };
    case 'start':
      return { kind, body: { startDate: v.date } };
    case 'complete':
      return { kind, body: { hoursDone: typeof v.hours === 'number' ? v.hours : undefined } };
    case 'endEarly':
      return { kind, body: { reason: v.reason as Schemas['EndReason'], endedBy: v.endedBy as Schemas['EndedBy'], note: v.text || undefined } };
    case 'withdraw':
      return { kind, body: { reason: v.text.trim() || undefined } };
  }
}

export function PlacementActions({ placement: p }: { placement: Schemas['PlacementView'] }) {
  const { t } = useTranslation();
  const rules = validators(t);
  const step = usePlacementStep();
  const [kind, setKind] = useState<Kind | null>(null);
  const { form, problem, busy, submit } = useServerForm<Values>({
    initialValues: { date: '', time: '10:00', reason: null, endedBy: null, text: '', hours: '' },
    validate: {
      date: (v) => (kind === 'interview' || kind === 'start' ? rules.required(v) : null),
      text: (v) => (kind === 'decline' ? rules.required(v) : null),
      reason: (v) => (kind === 'endEarly' ? rules.required(v ?? '') : null),
      endedBy: (v) => (kind === 'endEarly' ? rules.required(v ?? '') : null),
    },
  });

  const open = (k: Kind) => {
    form.setValues({
      date: k === 'start' ? (p.startDate ?? todayIso()) : k === 'accept' ? (p.startDate ?? '') : '',
      time: '10:00', reason: null, endedBy: null, text: '', hours: p.hoursDone || '',
    });
    form.clearErrors();
    setKind(k);
  };

  const actions = NEXT[p.status];
  if (actions.length === 0) return null;
  return (
    <>
      <Group gap={6}>
        {actions.map((k) => (
          <Button key={k} size="compact-sm" variant={k === 'accept' || k === 'start' ? 'filled' : 'default'} onClick={() => open(k)}>
            {t(`placements.actions.${k}`)}
          </Button>
        ))}
      </Group>
      <Modal opened={kind !== null} onClose={() => setKind(null)} closeButtonProps={{ 'aria-label': t('common.close') }}
        title={kind ? `${t(`placements.actions.${kind}`)} – ${p.studentName} · ${p.employerName}` : ''}>
        {kind && (
          <ActionForm problem={problem} busy={busy} submitLabel={t(`placements.actions.${kind}`)} onCancel={() => setKind(null)}
            onSubmit={submit(async (v) => {
              await step.mutateAsync({ id: p.id, version: p.version, step: toStep(kind, v) });
              setKind(null);
            })}>
            {kind === 'interview' && (
              <Group grow>
                <TextInput type="date" label={t('placements.interviewAt')} required {...form.getInputProps('date')} />
                <TextInput type="time" label={t('placements.time')} {...form.getInputProps('time')} />
              </Group>
            )}
            {(kind === 'accept' || kind === 'start') && (
              <TextInput type="date" label={t('placements.startDate')} required={kind === 'start'} {...form.getInputProps('date')} />
            )}
            {kind === 'withdraw' && (
              <Textarea label={t('placements.withdrawReason')} autosize minRows={2} {...form.getInputProps('text')} />
            )}
            {kind === 'decline' && (
              <Textarea label={t('placements.reason')} required autosize minRows={2} {...form.getInputProps('text')} />
            )}
            {kind === 'endEarly' && (
              <>
                <Select label={t('placements.reason')} required {...form.getInputProps('reason')}
                  data={END_REASONS.map((r) => ({ value: r, label: t(`placements.endReason.${r}`) }))} />
                <Select label={t('after.endedBy')} required {...form.getInputProps('endedBy')}
                  data={ENDED_BY.map((r) => ({ value: r, label: t(`after.endedByKind.${r}`) }))} />
                <Textarea label={t('placements.note')} autosize minRows={2} {...form.getInputProps('text')} />
              </>
            )}
            {kind === 'complete' && (
              <NumberInput hideControls label={t('placements.hoursDone')} min={0} max={5000} allowDecimal={false} {...form.getInputProps('hours')} />
            )}
          </ActionForm>
        )}
      </Modal>
    </>
  );
}
