import { Alert, Button, Card, Group, NumberInput, Radio, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Schemas } from '@/shared/api/client';
import { problemMessage } from '@/shared/api/form-errors';
import { formatDate, formatDateTime } from '@/shared/ui/format';
import { useCheckIns, usePortalStep, type PortalPlacement } from '../api/placements';

const SIGNALS: Schemas['CheckInSignal'][] = ['OK', 'CONCERN', 'AT_RISK'];

/** "How is it going": a concern or dropout risk reaches the broker's dashboard at once. */
export function ReportPanel({ p }: { p: PortalPlacement }) {
  const { t, i18n } = useTranslation();
  const step = usePortalStep(p.id, p.version);
  const history = useCheckIns(p.id, true);
  const [signal, setSignal] = useState<string>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const [sent, setSent] = useState(false);

  const submit = async () => {
    if (!signal) {
      setError(t('validation.required'));
      return;
    }
    try {
      await step.mutateAsync({ kind: 'report', body: { signal: signal as Schemas['CheckInSignal'], note: note || undefined } });
      setSent(true);
      setSignal('');
      setNote('');
      setError(undefined);
      void history.refetch();
    } catch (e) {
      setError(problemMessage(e, t));
    }
  };

  return (
    <Card withBorder data-testid="report">
      <Title order={3} size="h4">{t('employerPortal.report.title')}</Title>
      <Text size="sm" mb="sm">{t('employerPortal.report.help')}</Text>
      <Stack component="form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        {sent && <Alert color="green" role="status">{t('employerPortal.report.sent')}</Alert>}
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Radio.Group label={t('employerPortal.report.signal', { name: p.firstName })} required value={signal}
          onChange={(v) => { setSignal(v); setSent(false); }}>
          <Stack gap="xs" mt="xs">
            {SIGNALS.map((s) => <Radio key={s} value={s} label={t(`employerPortal.report.${s}`)} />)}
          </Stack>
        </Radio.Group>
        <Textarea label={t('employerPortal.report.note')} autosize minRows={2} maxLength={1000} value={note}
          onChange={(e) => setNote(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button type="submit" loading={step.isPending}>{t('employerPortal.report.send')}</Button>
        </Group>
      </Stack>
      {history.data && history.data.length > 0 && (
        <>
          <Title order={4} size="h6" mt="md" mb="xs">{t('employerPortal.report.history')}</Title>
          <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
            {history.data.map((c) => (
              <Text component="li" size="sm" key={c.id}>
                {formatDateTime(c.reportedAt, i18n.language)} · <strong>{t(`employerPortal.report.${c.signal}`)}</strong>
                {c.note ? ` · ${c.note}` : ''}
              </Text>
            ))}
          </Stack>
        </>
      )}
    </Card>
  );
}

/** Hours done so far; the version travels as If-Match so two people cannot overwrite each other. */
export function HoursPanel({ p, etag }: { p: PortalPlacement; etag: string }) {
  const { t, i18n } = useTranslation();
  const step = usePortalStep(p.id, p.version);
  const [hours, setHours] = useState<number | string>(p.hoursDone);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);

  const submit = async () => {
    if (typeof hours !== 'number') {
      setError(t('validation.required'));
      return;
    }
    try {
      await step.mutateAsync({ kind: 'hours', body: { hoursDone: hours }, etag });
      setSaved(true);
      setError(undefined);
    } catch (e) {
      setError(problemMessage(e, t));
    }
  };

  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="xs">{t('employerPortal.hours.title')}</Title>
      {p.requiredHours != null && (
        <Text size="sm">{t('employerPortal.hours.ofRequired', { done: p.hoursDone, required: p.requiredHours })}</Text>
      )}
      {p.hoursConfirmedAt && (
        <Text size="sm">{t('employerPortal.hours.confirmedOn', { date: formatDate(p.hoursConfirmedAt, i18n.language) })}</Text>
      )}
      <Stack mt="sm" component="form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        {saved && <Alert color="green" role="status">{t('employerPortal.hours.saved')}</Alert>}
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <NumberInput hideControls label={t('employerPortal.hours.done')} min={0} max={5000} allowDecimal={false}
          value={hours} onChange={(v) => { setHours(v); setSaved(false); }} />
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={step.isPending}>{t('employerPortal.hours.confirm')}</Button>
        </Group>
      </Stack>
    </Card>
  );
}

export function EvaluationPanel({ p }: { p: PortalPlacement }) {
  const { t } = useTranslation();
  const step = usePortalStep(p.id, p.version);
  const [rating, setRating] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();

  if (p.evaluationRating != null) {
    return (
      <Card withBorder>
        <Title order={3} size="h4" mb="xs">{t('employerPortal.evaluation.title')}</Title>
        <Text fw={600}>{t('employerPortal.evaluation.given', { rating: p.evaluationRating })}</Text>
        <Text size="sm">{p.evaluation}</Text>
      </Card>
    );
  }
  const submit = async () => {
    if (!rating || !text.trim()) {
      setError(t('validation.required'));
      return;
    }
    try {
      await step.mutateAsync({ kind: 'evaluation', body: { rating: Number(rating), text } });
    } catch (e) {
      setError(problemMessage(e, t));
    }
  };
  return (
    <Card withBorder>
      <Title order={3} size="h4">{t('employerPortal.evaluation.title')}</Title>
      <Text size="sm" mb="sm">{t('employerPortal.evaluation.help')}</Text>
      <Stack component="form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Select label={t('employerPortal.evaluation.rating')} required value={rating} onChange={setRating}
          data={['1', '2', '3', '4', '5']} />
        <Textarea label={t('employerPortal.evaluation.text')} required autosize minRows={3} maxLength={2000}
          value={text} onChange={(e) => setText(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={step.isPending}>{t('employerPortal.evaluation.send')}</Button>
        </Group>
      </Stack>
    </Card>
  );
}
