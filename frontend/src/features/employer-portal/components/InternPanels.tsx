import { Alert, Card, NumberInput, Radio, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { type Schemas } from '@/shared/api/client';
import { FormButtons, FormProblem, useServerForm } from '@/shared/forms/action-form';
import { validators } from '@/shared/forms/validators';
import { formatDate, formatDateTime } from '@/shared/ui/format';
import { useCheckIns, usePortalStep, type PortalPlacement } from '../api/placements';

const SIGNALS: Schemas['CheckInSignal'][] = ['OK', 'CONCERN', 'AT_RISK'];

/** "How is it going": a concern or dropout risk reaches the broker's dashboard at once. */
export function ReportPanel({ p }: { p: PortalPlacement }) {
  const { t, i18n } = useTranslation();
  const step = usePortalStep(p.id, p.version);
  const history = useCheckIns(p.id, true);
  const rules = validators(t);
  const [sent, setSent] = useState(false);
  const { form, problem, busy, submit } = useServerForm({
    initialValues: { signal: '', note: '' },
    validate: { signal: rules.required },
    onValuesChange: () => setSent(false),
  });
  const send = submit(async (v) => {
    await step.mutateAsync({ kind: 'report', body: { signal: v.signal as Schemas['CheckInSignal'], note: v.note || undefined } });
    form.reset();
    setSent(true);
    void history.refetch();
  });

  return (
    <Card withBorder data-testid="report">
      <Title order={3} size="h4">{t('employerPortal.report.title')}</Title>
      <Text size="sm" mb="sm">{t('employerPortal.report.help')}</Text>
      <form onSubmit={send} noValidate>
        <Stack>
          {sent && <Alert color="green" role="status">{t('employerPortal.report.sent')}</Alert>}
          <FormProblem problem={problem} />
          <Radio.Group label={t('employerPortal.report.signal', { name: p.firstName })} required {...form.getInputProps('signal')}>
            <Stack gap="xs" mt="xs">
              {SIGNALS.map((s) => <Radio key={s} value={s} label={t(`employerPortal.report.${s}`)} />)}
            </Stack>
          </Radio.Group>
          <Textarea label={t('employerPortal.report.note')} autosize minRows={2} maxLength={1000} {...form.getInputProps('note')} />
          <FormButtons busy={busy} submitLabel={t('employerPortal.report.send')} />
        </Stack>
      </form>
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
  const [saved, setSaved] = useState(false);
  const { form, problem, busy, submit } = useServerForm({
    initialValues: { hours: p.hoursDone as number | string },
    validate: { hours: (v) => (typeof v === 'number' ? null : t('validation.required')) },
    onValuesChange: () => setSaved(false),
  });
  const confirm = submit(async (v) => {
    await step.mutateAsync({ kind: 'hours', body: { hoursDone: v.hours as number }, etag });
    setSaved(true);
  });

  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="xs">{t('employerPortal.hours.title')}</Title>
      {p.requiredHours != null && (
        <Text size="sm">{t('employerPortal.hours.ofRequired', { done: p.hoursDone, required: p.requiredHours })}</Text>
      )}
      {p.hoursConfirmedAt && (
        <Text size="sm">{t('employerPortal.hours.confirmedOn', { date: formatDate(p.hoursConfirmedAt, i18n.language) })}</Text>
      )}
      <form onSubmit={confirm} noValidate>
        <Stack mt="sm">
          {saved && <Alert color="green" role="status">{t('employerPortal.hours.saved')}</Alert>}
          <FormProblem problem={problem} />
          <NumberInput hideControls label={t('employerPortal.hours.done')} min={0} max={5000} allowDecimal={false}
            {...form.getInputProps('hours')} />
          <FormButtons busy={busy} submitLabel={t('employerPortal.hours.confirm')} />
        </Stack>
      </form>
    </Card>
  );
}

export function EvaluationPanel({ p }: { p: PortalPlacement }) {
  const { t } = useTranslation();
  const step = usePortalStep(p.id, p.version);
  const rules = validators(t);
  const { form, problem, busy, submit } = useServerForm({
    initialValues: { rating: null as string | null, text: '' },
    validate: { rating: (v) => rules.required(v ?? ''), text: rules.requiredText(2000) },
  });
  const send = submit((v) => step.mutateAsync({ kind: 'evaluation', body: { rating: Number(v.rating), text: v.text } }));

  if (p.evaluationRating != null) {
    return (
      <Card withBorder>
        <Title order={3} size="h4" mb="xs">{t('employerPortal.evaluation.title')}</Title>
        <Text fw={600}>{t('employerPortal.evaluation.given', { rating: p.evaluationRating })}</Text>
        <Text size="sm">{p.evaluation}</Text>
      </Card>
    );
  }
  return (
    <Card withBorder>
      <Title order={3} size="h4">{t('employerPortal.evaluation.title')}</Title>
      <Text size="sm" mb="sm">{t('employerPortal.evaluation.help')}</Text>
      <form onSubmit={send} noValidate>
        <Stack>
          <FormProblem problem={problem} />
          <Select label={t('employerPortal.evaluation.rating')} required data={['1', '2', '3', '4', '5']} {...form.getInputProps('rating')} />
          <Textarea label={t('employerPortal.evaluation.text')} required autosize minRows={3} maxLength={2000}
            {...form.getInputProps('text')} />
          <FormButtons busy={busy} submitLabel={t('employerPortal.evaluation.send')} />
        </Stack>
      </form>
    </Card>
  );
}
