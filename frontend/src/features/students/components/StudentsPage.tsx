import { Anchor, Badge, Button, Collapse, Select, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { Link } from 'wouter';
import { useProgrammes } from '@/features/reference/api/get-programmes';
import { useSchools } from '@/features/reference/api/get-schools';
import { ListPagination } from '@/shared/ui/ListPagination';
import { PageHeader } from '@/shared/ui/PageHeader';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { formatDate } from '@/shared/ui/format';
import { useUrlFilters } from '@/shared/ui/use-url-filters';
import { useStudents, type StudentFilters } from '../api/get-students';
import { PHASES } from './labels';
import { DataTable } from '@/shared/ui/DataTable';

const PAGE_SIZE = 20;

/** The caseload list: search and filters live in the URL, so back and reload keep them. */
export function StudentsPage() {
  const { t, i18n } = useTranslation();
  const { params, set, page } = useUrlFilters();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search, 250);
  const isPhone = useMediaQuery('(max-width: 48em)');
  const [filtersOpen, { toggle: toggleFilters }] = useDisclosure(false);
  const schools = useSchools();
  const programmes = useProgrammes();

  useEffect(() => {
    if ((params.get('q') ?? '') !== debounced) set('q', debounced || null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  /** One filter, kept in the address so a filtered list can be bookmarked and shared. */
  const filter = (key: string, label: string, data: { value: string; label: string }[], searchable = false) => (
    <Select label={label} placeholder={t('common.all')} clearable searchable={searchable} data={data}
      value={params.get(key)} onChange={(v) => set(key, v)} />
  );

  const filters: StudentFilters = {
    q: params.get('q') || undefined,
    schoolId: params.get('schoolId') || undefined,
    programmeId: params.get('programmeId') || undefined,
    level: params.get('level') ? Number(params.get('level')) : undefined,
    phase: (params.get('phase') as StudentFilters['phase']) || undefined,
    assignedBroker: params.get('assignedBroker') || undefined,
    page: page - 1,
    size: PAGE_SIZE,
  };
  const students = useStudents(filters);
  const activeFilters = ['schoolId', 'programmeId', 'level', 'phase'].filter((k) => params.get(k)).length;
  const total = students.data?.total ?? 0;

  return (
    <>
      <PageHeader title={t('students.title')} create={{ to: '/students/new', label: t('students.new') }} />
      <div role="search" aria-label={t('common.search')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md">
          <TextInput
            label={t('students.searchLabel')}
            placeholder={t('students.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            type="search"
          />
          {isPhone && (
            <Button variant="default" onClick={toggleFilters} aria-expanded={filtersOpen} aria-controls="student-filters">
              {t('students.filters', { count: activeFilters })}
            </Button>
          )}
        </SimpleGrid>
        <Collapse expanded={!isPhone || filtersOpen} id="student-filters">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} mb="md">
            {filter('schoolId', t('students.school'), (schools.data ?? []).map((s) => ({ value: s.id, label: s.name })))}
            {filter('programmeId', t('students.programme'),
              (programmes.data ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.level})` })), true)}
            {filter('level', t('students.level'),
              ['1', '2', '3', '4'].map((l) => ({ value: l, label: t('students.levelN', { level: l }) })))}
            {filter('phase', t('students.phase'), PHASES.map((p) => ({ value: p, label: t(`phase.${p}`) })))}
          </SimpleGrid>
        </Collapse>
      </div>

      {students.isError && <QueryError error={students.error} />}
      {students.isPending && <PageLoader />}
      {students.data && (
        <>
          <Text size="sm" c="dimmed" mb="xs" aria-live="polite" data-testid="result-count">
            {t(students.data?.totalExact === false ? 'common.resultsMore' : 'common.results', { count: total })}
          </Text>
          {total === 0 ? (
            <Text>{t('students.empty')}</Text>
          ) : (
            <DataTable caption={t('students.tableCaption')} columns={[{ label: t('students.name') }, { label: t('students.programme'), visibleFrom: 'sm' }, { label: t('students.school'), visibleFrom: 'md' }, { label: t('students.phase') }]}>
              {students.data.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/students/${s.id}`} fw={600}>
                      {s.firstName} {s.lastName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {formatDate(s.dateOfBirth, i18n.language)}
                    </Text>
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    {s.programme ? `${s.programme.name} (${t('students.levelN', { level: s.programme.level })})` : t('common.none')}
                  </Table.Td>
                  <Table.Td visibleFrom="md">{s.school.name}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color="gray" c="dark" tt="none" size="md">
                      {t(`phase.${s.phase}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          )}
          <ListPagination total={total} pageSize={PAGE_SIZE} page={page} onChange={(p) => set('page', String(p))} />
        </>
      )}
    </>
  );
}
