import { Anchor, Badge, Select, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { Link, useSearchParams } from 'wouter';
import { useProgrammes } from '@/features/reference/api/get-programmes';
import { DataTable } from '@/shared/ui/DataTable';
import { ListPagination } from '@/shared/ui/ListPagination';
import { PageHeader } from '@/shared/ui/PageHeader';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { formatDate } from '@/shared/ui/format';
import { usePlaces } from '../api/places';

const PAGE_SIZE = 20;
const TEXT_FILTERS = ['sector', 'city'] as const;

/** Every open place of the organisation's network, soonest start first, filtered the way a broker searches. */
export function PlacesPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const programmes = useProgrammes();
  const [text, setText] = useState({ sector: params.get('sector') ?? '', city: params.get('city') ?? '' });
  const [debounced] = useDebouncedValue(text, 300);

  const set = (key: string, value: string | null | undefined) => {
    const next = new URLSearchParams(params);
    next.delete('page');
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  useEffect(() => {
    const next = new URLSearchParams(params);
    TEXT_FILTERS.forEach((k) => (debounced[k].trim() ? next.set(k, debounced[k].trim()) : next.delete(k)));
    if (next.toString() !== params.toString()) {
      next.delete('page');
      setParams(next, { replace: true });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const page = Number(params.get('page') ?? '1');
  const get = (k: string) => params.get(k) || undefined;
  const places = usePlaces({
    status: 'OPEN', sector: get('sector'), city: get('city'), level: get('level') ? Number(get('level')) : undefined,
    programmeId: get('programmeId'), startFrom: get('startFrom'), startTo: get('startTo'), page: page - 1, size: PAGE_SIZE,
  });
  const total = places.data?.total ?? 0;
  const lng = i18n.language;

  return (
    <>
      <PageHeader title={t('placements.placesList.title')} />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} mb="md" maw={1100} role="search" aria-label={t('common.search')}>
        <TextInput label={t('placements.placesList.sector')} value={text.sector} onChange={(e) => setText({ ...text, sector: e.currentTarget.value })} />
        <TextInput label={t('placements.placesList.city')} value={text.city} onChange={(e) => setText({ ...text, city: e.currentTarget.value })} />
        <Select label={t('placements.placesList.level')} clearable value={get('level') ?? null} onChange={(v) => set('level', v)}
          data={['1', '2', '3', '4'].map((l) => ({ value: l, label: t('students.levelN', { level: Number(l) }) }))} />
        <Select label={t('students.programme')} clearable searchable value={get('programmeId') ?? null} onChange={(v) => set('programmeId', v)}
          data={(programmes.data ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.level})` }))} />
        <TextInput type="date" label={t('placements.placesList.startFrom')} value={get('startFrom') ?? ''} onChange={(e) => set('startFrom', e.currentTarget.value)} />
        <TextInput type="date" label={t('placements.placesList.startTo')} value={get('startTo') ?? ''} onChange={(e) => set('startTo', e.currentTarget.value)} />
      </SimpleGrid>
      {places.isError && <QueryError error={places.error} />}
      {places.isPending && <PageLoader />}
      {places.data && (
        <>
          <Text size="sm" c="dimmed" mb="xs" aria-live="polite">{t(places.data?.totalExact === false ? 'common.resultsMore' : 'common.results', { count: total })}</Text>
          {total === 0 ? (
            <Text>{t('placements.placesList.empty')}</Text>
          ) : (
            <DataTable caption={t('placements.placesList.title')} columns={[{ label: t('placements.placesList.place') },
              { label: t('placements.placesList.city') }, { label: t('placements.placesList.start') },
              { label: t('placements.placesList.level'), visibleFrom: 'sm' }, { label: t('placements.placesList.sector'), visibleFrom: 'md' }]}>
              {places.data.items.map((p) => (
                <Table.Tr key={p.id} data-testid="open-place">
                  <Table.Td>
                    <Text fw={600} size="sm">{p.title}</Text>
                    <Anchor component={Link} to={`/employers/${p.employerId}`} size="sm">{p.employerName}</Anchor>
                    {p.status === 'FILLED' && <Badge size="xs" ml={6} variant="light" c="dark" tt="none">{t('placements.placeStatus.FILLED')}</Badge>}
                    {p.programme && <Text size="xs" c="dimmed">{p.programme.name}</Text>}
                  </Table.Td>
                  <Table.Td>{p.city ?? t('common.none')}</Table.Td>
                  <Table.Td>{p.startDate ? formatDate(p.startDate, lng) : t('placements.placesList.startOpen')}</Table.Td>
                  <Table.Td visibleFrom="sm">{p.levelMin === p.levelMax ? p.levelMin : `${p.levelMin}–${p.levelMax}`}</Table.Td>
                  <Table.Td visibleFrom="md">{p.sector ?? t('common.none')}</Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          )}
          <ListPagination total={total} pageSize={PAGE_SIZE} page={page} onChange={(n) => set('page', String(n))} />
        </>
      )}
    </>
  );
}
