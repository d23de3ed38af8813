import { Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from '@/shared/i18n';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Schemas } from '@/shared/api/client';
import { downloadCsv } from '@/shared/ui/csv';

type Figure = Schemas['ReportFigure'];

const COLORS = ['#1c5d99', '#e8590c', '#2b8a3e', '#862e9c'];
const number = (v: number | null | undefined, lng: string) =>
  v == null ? '–' : v.toLocaleString(lng === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 });

/** A row's label: a known code in the user's language, else the name or statement the row carries. */
export function useRowLabel() {
  const { t } = useTranslation();
  return (r: Schemas['ReportRow']) => r.label ?? t(`report.keys.${r.key}` as 'report.keys.ALL', { defaultValue: r.key });
}


/**
 * One figure of the report: the chart (a bar per row, the chosen columns as series), the table with every number
 * under it, and the CSV of that table. `chart` names the columns drawn; none draws no chart (a few key figures).
 */
export function FigureCard({ figure, chart = [figure.columns[0]!], source, unit }: {
  figure: Figure; chart?: string[]; source?: string; unit?: string;
}) {
  const { t, i18n } = useTranslation();
  const label = useRowLabel();
  const title = t(`report.figures.${figure.id}` as 'report.figures.funnel');
  const columns = figure.columns.map((c) => t(`report.columns.${c}` as 'report.columns.n', { defaultValue: c }));
  const drawn = chart.map((c) => figure.columns.indexOf(c)).filter((i) => i >= 0);
  const data = figure.rows.filter((r) => drawn.some((i) => (r.values[i] ?? 0) !== 0)).map((r) => {
    const point: Record<string, string | number> = { name: label(r) };
    drawn.forEach((i) => { point[figure.columns[i]!] = r.values[i] ?? 0; });
    return point;
  });
  const total = figure.columns[0] === 'students' || figure.columns[0] === 'participants'
    ? figure.rows.reduce((sum, r) => sum + (r.values[0] ?? 0), 0) : null;
  // Long statements wrap in the axis (about 24 characters a line at 170 px): rows grow with them, or labels overlap.
  const lines = Math.max(1, ...data.map((d) => Math.ceil(String(d.name).length / 24)));
  const height = Math.max(120, data.length * Math.max(drawn.length > 1 ? 44 : 32, lines * 15 + 10) + 40);
  return (
    <Card withBorder data-testid={`figure-${figure.id}`} style={{ breakInside: 'avoid' }}>
      <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap">
        <div>
          <Title order={2} size="h5">{title}</Title>
          {source && <Text size="xs" c="dimmed">{source}</Text>}
          {total != null && <Text size="xs" c="dimmed">{t('report.n', { n: total })}</Text>}
        </div>
        <Button size="compact-xs" variant="default" className="no-print" style={{ flexShrink: 0 }} aria-label={`${t('report.csv')} ${title}`}
          onClick={() => downloadCsv(figure.id, [['', ...columns], ...figure.rows.map((r) => [label(r), ...r.values.map((v) => v ?? '')])])}>
          {t('report.csv')}
        </Button>
      </Group>
      {drawn.length > 0 && data.length > 0 && (
        <div role="img" aria-label={title} style={{ width: '100%', height }}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} layout="vertical" margin={{ left: 8, right: 40, top: 4, bottom: 4 }}>
              <CartesianGrid horizontal={false} strokeDasharray="3 3" />
              <XAxis type="number" allowDecimals={unit === 'mean'} domain={unit === 'mean' ? [0, 5] : [0, 'auto']} />
              <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12 }} interval={0} />
              <Tooltip />
              {drawn.map((i, k) => (
                <Bar key={i} dataKey={figure.columns[i]!} name={columns[i]} fill={COLORS[k % COLORS.length]} isAnimationActive={false}>
                  <LabelList dataKey={figure.columns[i]!} position="right" fontSize={12} formatter={(v: unknown) => number(Number(v), i18n.language)} />
                </Bar>
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      {/* Focusable so that a keyboard can scroll the table sideways on a phone. */}
      <Table.ScrollContainer minWidth={360} mt="xs"
        scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': title } }}>
        <Table striped withTableBorder fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              {columns.map((c) => <Table.Th key={c} ta="right">{c}</Table.Th>)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {figure.rows.map((r) => (
              <Table.Tr key={`${r.key}-${r.label ?? ''}`}>
                <Table.Td>{label(r)}</Table.Td>
                {r.values.map((v, i) => <Table.Td key={i} ta="right">{number(v, i18n.language)}</Table.Td>)}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
