import { Badge, Card, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';
import { QueryError } from '@/shared/ui/QueryError';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useDevelopmentReport, type DevelopmentFilter } from '../api/surveys';

/** Figures 3.4–3.7: the mean before and after per theme, n in the label; the table below has every number. */
function ThemeChart({ lines }: { lines: Schemas['DevelopmentLine'][] }) {
  const { t } = useTranslation();
  const before = t('surveys.report.before');
  const after = t('surveys.report.after');
  const data = lines.map((l) => ({ name: `${l.themeTitle} (n=${l.pairs})`, [before]: l.meanBefore, [after]: l.meanAfter }));
  return (
    <div role="img" aria-label={t('surveys.report.themes')} style={{ width: '100%', height: lines.length * 56 + 60 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24, top: 4, bottom: 4 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, 5]} ticks={[1, 2, 3, 4, 5]} />
          <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip />
          <Legend />
          <Bar dataKey={before} fill="#adb5bd" isAnimationActive={false} />
          <Bar dataKey={after} fill="#1c5d99" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

const fmt = (v: number | null | undefined, digits = 2) => (v == null ? '–' : v.toLocaleString('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits }));

function Lines({ lines, statement }: { lines: Schemas['DevelopmentLine'][]; statement: boolean }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}
      scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': t(statement ? 'surveys.report.statements' : 'surveys.report.themes') } }}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{statement ? t('surveys.report.statement') : t('surveys.report.theme')}</Table.Th>
            <Table.Th ta="right">{t('surveys.report.pairs')}</Table.Th>
            <Table.Th ta="right">{t('surveys.report.before')}</Table.Th>
            <Table.Th ta="right">{t('surveys.report.after')}</Table.Th>
            <Table.Th ta="right">{t('surveys.report.difference')}</Table.Th>
            <Table.Th ta="right">{t('surveys.report.p')}</Table.Th>
            <Table.Th ta="right">{t('surveys.report.effect')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => (
            <Table.Tr key={statement ? l.code : l.theme}>
              <Table.Td>{statement ? <><Text size="xs" c="dimmed">{l.themeTitle}</Text>{l.text}</> : l.themeTitle}</Table.Td>
              <Table.Td ta="right">{l.pairs}</Table.Td>
              <Table.Td ta="right">{fmt(l.meanBefore)}</Table.Td>
              <Table.Td ta="right">{fmt(l.meanAfter)}</Table.Td>
              <Table.Td ta="right" fw={600}>{l.meanDifference > 0 ? '+' : ''}{fmt(l.meanDifference)}</Table.Td>
              <Table.Td ta="right">
                {fmt(l.pValue, 3)}{l.pValue != null && l.pValue < 0.05 && <Badge ml={4} size="xs" variant="light" c="dark" tt="none">p &lt; 0,05</Badge>}
              </Table.Td>
              <Table.Td ta="right">{fmt(l.effectSize)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Development before → after for a cohort; leads see the organisation, brokers their own students. */
export function DevelopmentReport() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<DevelopmentFilter>({});
  const report = useDevelopmentReport(filter);
  const set = (k: keyof DevelopmentFilter, v: string | null) => setFilter((f) => ({ ...f, [k]: v || undefined }));
  const r = report.data;
  return (
    <>
      <Title order={2} size="h3" mb="sm">{t('surveys.report.title')}</Title>
      <Stack maw={980}>
        <Text size="sm">{t('surveys.report.intro')}</Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }} className="no-print">
          <TextInput type="date" label={t('surveys.report.from')} value={filter.from ?? ''} onChange={(e) => set('from', e.currentTarget.value)} />
          <TextInput type="date" label={t('surveys.report.to')} value={filter.to ?? ''} onChange={(e) => set('to', e.currentTarget.value)} />
          <Select label={t('surveys.report.intensity')} placeholder={t('surveys.report.all')} clearable value={filter.guidanceIntensity ?? null}
            onChange={(v) => set('guidanceIntensity', v)}
            data={(['INTENSIVE', 'PLACEMENT_ONLY'] as const).map((i) => ({ value: i, label: t(`intensity.${i}`) }))} />
          <Select label={t('surveys.report.level')} placeholder={t('surveys.report.all')} clearable value={filter.level != null ? String(filter.level) : null}
            onChange={(v) => setFilter((f) => ({ ...f, level: v ? Number(v) : undefined }))}
            data={['1', '2', '3', '4'].map((l) => ({ value: l, label: `mbo ${l}` }))} />
        </SimpleGrid>
        {report.isError && <QueryError error={report.error} />}
        {r && (
          <>
            <Group gap="xs">
              <Badge variant="light" c="dark" tt="none">{r.scope === 'MINE' ? t('surveys.report.scopeMine') : t('surveys.report.scopeOrganisation')}</Badge>
              <Text fw={600} data-testid="report-students">{t('surveys.report.students', { count: r.students })}</Text>
            </Group>
            {r.students === 0 ? <Text>{t('surveys.report.none')}</Text> : (
              <>
                <Card withBorder data-testid="report-themes">
                  <Title order={2} size="h4" mb="sm">{t('surveys.report.themes')}</Title>
                  <ThemeChart lines={r.themes} />
                  <Lines lines={r.themes} statement={false} />
                </Card>
                <Card withBorder data-testid="report-statements">
                  <Title order={2} size="h4" mb="sm">{t('surveys.report.statements')}</Title>
                  <Lines lines={r.statements} statement />
                </Card>
              </>
            )}
          </>
        )}
      </Stack>
    </>
  );
}
