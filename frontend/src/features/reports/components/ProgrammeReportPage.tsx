import { Badge, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { formatDate, formatDateTime } from '@/shared/ui/format';
import { useProgrammeReport, useRefreshProgrammeReport, type ProgrammeFilter } from '../api/programme';
import { FigureCard } from './FigureCard';

/**
 * The report's tables and figures for a period: a chart, its table and a CSV each; printable. The organisation's
 * figures are kept for some minutes after they were computed, so the page says when and offers the figures of now.
 */
export function ProgrammeReport() {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<ProgrammeFilter>({});
  const report = useProgrammeReport(filter);
  const refresh = useRefreshProgrammeReport(filter);
  const lng = i18n.language;
  if (report.isPending) return <PageLoader />;
  if (report.isError) return <QueryError error={report.error} />;
  const r = report.data;
  const figure = (id: string) => r.figures.find((f) => f.id === id);
  const card = (id: string, props: Omit<Parameters<typeof FigureCard>[0], 'figure'> = {}) => {
    const f: Schemas['ReportFigure'] | undefined = figure(id);
    return f ? <FigureCard key={id} figure={f} {...props} /> : null;
  };
  return (
    <Stack>
      <Group align="flex-end" className="no-print">
        <TextInput type="date" label={t('report.from')} value={filter.from ?? r.from}
          onChange={(e) => setFilter((f) => ({ ...f, from: e.currentTarget.value || undefined }))} />
        <TextInput type="date" label={t('report.to')} value={filter.to ?? r.to}
          onChange={(e) => setFilter((f) => ({ ...f, to: e.currentTarget.value || undefined }))} />
        <Button variant="default" onClick={() => window.print()}>{t('report.print')}</Button>
      </Group>
      <Group gap="xs">
        <Text fw={600}>{t('report.period', { from: formatDate(r.from, lng), to: formatDate(r.to, lng) })}</Text>
        <Badge variant="light" c="dark" tt="none">{r.scope === 'MINE' ? t('report.scopeMine') : t('report.scopeOrganisation')}</Badge>
        <Text size="sm" c="dimmed">{r.hourlyCost != null ? t('report.hourlyCost', { cost: r.hourlyCost }) : t('report.noHourlyCost')}</Text>
      </Group>
      {r.scope === 'ORGANISATION' && (
        <Group gap="xs">
          <Text size="sm" data-testid="report-computed">{t('report.computedAt', { at: formatDateTime(r.computedAt, lng) })}</Text>
          <Button size="compact-sm" variant="subtle" className="no-print" loading={refresh.isPending}
            onClick={() => refresh.mutate()}>{t('report.refresh')}</Button>
          {refresh.isError && <QueryError error={refresh.error} />}
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {card('participants', { chart: ['participants', 'completed'] })}
        {card('outcomes')}
        {card('programmes')}
        {card('funnel')}
        {['reasons', 'searchDuration', 'discrimination', 'firstChannel'].map((id) => card(id, { source: t('report.sources.own') }))}
        {card('contacts')}
        {card('speed', { chart: [] })}
        {card('satisfaction', { chart: ['mean'], unit: 'mean', source: t('report.sources.after') })}
        {card('time', { chart: ['minutes'] })}
        {card('newEmployers')}
        {card('network', { chart: [] })}
        {card('brokers', { chart: ['activeCases', 'maxActiveCases'] })}
      </SimpleGrid>
    </Stack>
  );
}
