import { Alert, Button, Group, Modal, NumberInput, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/shared/api/client';
import { problemMessage } from '@/shared/api/form-errors';
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

const today = () => new Date().toISOString().slice(0, 10);

export function PlacementActions({ placement: p }: { placement: Schemas['PlacementView'] }) {
  const { t } = useTranslation();
  const step = usePlacementStep();
  const [kind, setKind] = useState<Kind | null>(null);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('10:00');
  const [reason, setReason] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [hours, setHours] = useState<number | string>('');
  const [error, setError] = useState<string>();

  const open = (k: Kind) => {
    setKind(k);
    setDate(k === 'start' ? (p.startDate ?? today()) : k === 'accept' ? (p.startDate ?? '') : '');
    setReason(null);
    setText('');
    setHours(p.hoursDone || '');
    setError(undefined);
  };

  const build = (): PlacementStep | string => {
    switch (kind) {
      case 'interview':
        return date ? { kind, body: { at: new Date(`${date}T${time || '10:00'}`).toISOString() } } : t('validation.required');
      case 'accept':
        return { kind, body: { startDate: date || undefined } };
      case 'decline':
        return text.trim() ? { kind, body: { reason: text } } : t('validation.required');
      case 'start':
        return date ? { kind, body: { startDate: date } } : t('validation.required');
      case 'complete':
        return { kind, body: { hoursDone: typeof hours === 'number' ? hours : undefined } };
      case 'endEarly':
        return reason ? { kind, body: { reason: reason as Schemas['EndReason'], note: text || undefined } } : t('validation.required');
      default:
        return { kind: 'withdraw', body: { reason: text.trim() || undefined } };
    }
  };

  const submit = async () => {
    const s = build();
    if (typeof s === 'string') {
      setError(s);
      return;
    }
    try {
      await step.mutateAsync({ id: p.id, version: p.version, step: s });
      setKind(null);
    } catch (e) {
      setError(problemMessage(e, t));
    }
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
        <Stack>
          {error && <Alert color="red" role="alert">{error}</Alert>}
          {(kind === 'interview') && (
            <Group grow>
              <TextInput type="date" label={t('placements.interviewAt')} required value={date} onChange={(e) => setDate(e.currentTarget.value)} />
              <TextInput type="time" label={t('placements.time')} value={time} onChange={(e) => setTime(e.currentTarget.value)} />
            </Group>
          )}
          {(kind === 'accept' || kind === 'start') && (
            <TextInput type="date" label={t('placements.startDate')} required={kind === 'start'} value={date}
              onChange={(e) => setDate(e.currentTarget.value)} />
          )}
          {kind === 'withdraw' && (
            <Textarea label={t('placements.withdrawReason')} autosize minRows={2} value={text} onChange={(e) => setText(e.currentTarget.value)} />
          )}
          {kind === 'decline' && (
            <Textarea label={t('placements.reason')} required autosize minRows={2} value={text} onChange={(e) => setText(e.currentTarget.value)} />
          )}
          {kind === 'endEarly' && (
            <>
              <Select label={t('placements.reason')} required value={reason} onChange={setReason}
                data={(['STUDENT_DROPPED_OUT', 'EMPLOYER_ENDED', 'OTHER'] as const).map((r) => ({ value: r, label: t(`placements.endReason.${r}`) }))} />
              <Textarea label={t('placements.note')} autosize minRows={2} value={text} onChange={(e) => setText(e.currentTarget.value)} />
            </>
          )}
          {kind === 'complete' && (
            <NumberInput hideControls label={t('placements.hoursDone')} min={0} max={5000} allowDecimal={false} value={hours} onChange={setHours} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setKind(null)}>{t('common.cancel')}</Button>
            <Button onClick={() => void submit()} loading={step.isPending}>{kind ? t(`placements.actions.${kind}`) : ''}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
