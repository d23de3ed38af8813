import { Anchor, Badge, Group, Select, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { Link, useSearchParams } from 'wouter';
import { ListPagination } from '@/shared/ui/ListPagination';
import { PageHeader } from '@/shared/ui/PageHeader';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { formatDate } from '@/shared/ui/format';
import { useEmployers } from '../api/get-employers';
import { DataTable } from '@/shared/ui/DataTable';

const PAGE_SIZE = 20;

export function EmployersPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [city, setCity] = useState(params.get('city') ?? '');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const [debouncedCity] = useDebouncedValue(city, 250);

  useEffect(() => {
    const next = new URLSearchParams();
    if (debouncedSearch) next.set('q', debouncedSearch);
    if (debouncedCity) next.set('city', debouncedCity);
    if (params.get('sort')) next.set('sort', params.get('sort')!);
    if (next.toString() !== new URLSearchParams([...params].filter(([k]) => k !== 'page')).toString()) {
      setParams(next, { replace: true });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedSearch, debouncedCity]);

  const page = Number(params.get('page') ?? '1');
  const employers = useEmployers({
    q: params.get('q') || undefined,
    city: params.get('city') || undefined,
    sort: (params.get('sort') as 'name' | 'health' | null) ?? undefined,
    page: page - 1,
    size: PAGE_SIZE,
  });
  const total = employers.data?.total ?? 0;

  return (
    <>
      <PageHeader title={t('employers.title')} create={{ to: '/employers/new', label: t('employers.new') }} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md" maw={960} role="search" aria-label={t('common.search')}>
        <TextInput type="search" label={t('employers.searchLabel')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
        <TextInput label={t('employers.city')} value={city} onChange={(e) => setCity(e.currentTarget.value)} />
        <Select label={t('placements.health.sortLabel')} allowDeselect={false} value={params.get('sort') ?? 'name'}
          onChange={(v) => {
            const next = new URLSearchParams(params);
            next.set('sort', v ?? 'name');
            next.delete('page');
            setParams(next, { replace: true });
          }}
          data={[{ value: 'name', label: t('placements.health.byName') }, { value: 'health', label: t('placements.health.byHealth') }]} />
      </SimpleGrid>
      {employers.isError && <QueryError error={employers.error} />}
      {employers.isPending && <PageLoader />}
      {employers.data && (
        <>
          <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
            {t(employers.data?.totalExact === false ? 'common.resultsMore' : 'common.results', { count: total })}
          </Text>
          {total === 0 ? (
            <Text>{t('employers.empty')}</Text>
          ) : (
            <DataTable caption={t('employers.tableCaption')} columns={[{ label: t('employers.name') }, { label: t('employers.city') }, { label: t('employers.kvkNumber'), visibleFrom: 'sm' }, { label: t('placements.health.lastContact'), visibleFrom: 'md' }]}>
              {employers.data.items.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/employers/${e.id}`} fw={600}>
                      {e.name}
                    </Anchor>
                    <Group gap={4}>
                      {e.visitOverdue && <Badge size="xs" color="red" variant="light" c="dark" tt="none">{t('placements.health.overdue')}</Badge>}
                      {e.sbbCheckDue && <Badge size="xs" color="orange" variant="light" c="dark" tt="none">{t('employers.sbbCheckBadge')}</Badge>}
                      {e.newThisMonth && <Badge size="xs" color="green" variant="light" c="dark" tt="none">{t('placements.health.new')}</Badge>}
                    </Group>
                  </Table.Td>
                  <Table.Td>{e.city ?? t('common.none')}</Table.Td>
                  <Table.Td visibleFrom="sm">{e.kvkNumber ?? t('common.none')}</Table.Td>
                  <Table.Td visibleFrom="md">{e.lastContactAt ? formatDate(e.lastContactAt, i18n.language) : t('placements.health.never')}</Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          )}
          <ListPagination
            total={total}
            pageSize={PAGE_SIZE}
            page={page}
            onChange={(p) => {
              const next = new URLSearchParams(params);
              next.set('page', String(p));
              setParams(next, { replace: true });
            }}
          />
        </>
      )}
    </>
  );
}
