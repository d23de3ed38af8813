import { Anchor, Button, Group, Pagination, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '@/shared/ui/PageHeader';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { useEmployers } from '../api/get-employers';

const PAGE_SIZE = 20;

export function EmployersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [city, setCity] = useState(params.get('city') ?? '');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const [debouncedCity] = useDebouncedValue(city, 250);

  useEffect(() => {
    const next = new URLSearchParams();
    if (debouncedSearch) next.set('q', debouncedSearch);
    if (debouncedCity) next.set('city', debouncedCity);
    if (next.toString() !== new URLSearchParams([...params].filter(([k]) => k !== 'page')).toString()) {
      setParams(next, { replace: true });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedSearch, debouncedCity]);

  const page = Number(params.get('page') ?? '1');
  const employers = useEmployers({
    q: params.get('q') || undefined,
    city: params.get('city') || undefined,
    page: page - 1,
    size: PAGE_SIZE,
  });
  const total = employers.data?.total ?? 0;

  return (
    <>
      <PageHeader
        title={t('employers.title')}
        actions={
          <Button component={Link} to="/employers/new">
            {t('employers.new')}
          </Button>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md" maw={720} role="search" aria-label={t('common.search')}>
        <TextInput type="search" label={t('employers.searchLabel')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
        <TextInput label={t('employers.city')} value={city} onChange={(e) => setCity(e.currentTarget.value)} />
      </SimpleGrid>
      {employers.isError && <QueryError error={employers.error} />}
      {employers.isPending && <PageLoader />}
      {employers.data && (
        <>
          <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
            {t('common.results', { count: total })}
          </Text>
          {total === 0 ? (
            <Text>{t('employers.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={360}>
              <Table striped highlightOnHover verticalSpacing="sm">
                <caption className="visually-hidden">{t('employers.tableCaption')}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('employers.name')}</Table.Th>
                    <Table.Th scope="col">{t('employers.city')}</Table.Th>
                    <Table.Th scope="col" visibleFrom="sm">{t('employers.kvkNumber')}</Table.Th>
                    <Table.Th scope="col" visibleFrom="md">{t('employers.phone')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {employers.data.items.map((e) => (
                    <Table.Tr key={e.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/employers/${e.id}`} fw={600}>
                          {e.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{e.city ?? t('common.none')}</Table.Td>
                      <Table.Td visibleFrom="sm">{e.kvkNumber ?? t('common.none')}</Table.Td>
                      <Table.Td visibleFrom="md">{e.phone ?? t('common.none')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {total > PAGE_SIZE && (
            <Group justify="center" mt="md">
              <Pagination
                total={Math.ceil(total / PAGE_SIZE)}
                value={page}
                onChange={(p) => {
                  const next = new URLSearchParams(params);
                  next.set('page', String(p));
                  setParams(next, { replace: true });
                }}
                getControlProps={(control) => ({ 'aria-label': `${t('common.pagination')}: ${control}` })}
              />
            </Group>
          )}
        </>
      )}
    </>
  );
}
