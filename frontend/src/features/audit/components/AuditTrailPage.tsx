import { Anchor, Badge, Button, Group, List, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from '@/shared/i18n';
import { Link } from 'wouter';
import type { Schemas } from '@/shared/api/client';
import { DataTable } from '@/shared/ui/DataTable';
import { ListPagination } from '@/shared/ui/ListPagination';
import { PageHeader } from '@/shared/ui/PageHeader';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { formatDate, formatDateTime } from '@/shared/ui/format';
import { useUrlFilters } from '@/shared/ui/use-url-filters';
import { useAuditEvents, type AuditFilters } from '../api/get-audit-events';

const PAGE_SIZE = 50;
const KNOWN_ENTITIES: string[] = ['student', 'intake', 'contact', 'placement', 'attachment', 'check_in', 'referral', 'organisation',
  'consent', 'guardian', 'employer', 'internship_place', 'case_closure', 'preparation_item', 'intervention', 'outreach',
  'hand_off', 'survey_invitation', 'survey_response', 'employer_invitation', 'staff_member', 'eligibility_question'];

const HIDDEN_FIELDS = ['id', 'organisation_id', 'student_id'];

/** One change in words: the values where the trail keeps them, otherwise only that the field changed. */
function Change({ c }: { c: Schemas['FieldChange'] }) {
  const { t, i18n } = useTranslation();
  const value = (v: string | null) => {
    if (v == null) return t('common.none');
    if (/^\d{4}-\d{2}-\d{2}T/.test(v)) return formatDateTime(v, i18n.language);
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v, i18n.language);
    return v;
  };
  if (!c.valueKept) return <>{t('audit.changedOnly', { field: c.field })}</>;
  if (c.oldValue == null) return <>{c.field}: {value(c.newValue)}</>;
  return <>{c.field}: {value(c.oldValue)} → {value(c.newValue)}</>;
}

/** The organisation's audit trail for its leads: who changed or read what, filtered by student, user and period. */
export function AuditTrailPage() {
  const { t, i18n } = useTranslation();
  const { params, set, page } = useUrlFilters();
  const filters: AuditFilters = {
    studentId: params.get('studentId') || undefined,
    actor: params.get('actor') || undefined,
    from: params.get('from') || undefined,
    to: params.get('to') || undefined,
    page: page - 1,
    size: PAGE_SIZE,
  };
  const events = useAuditEvents(filters);
  const total = events.data?.total ?? 0;
  const studentName = events.data?.items.find((e) => e.studentId === filters.studentId)?.studentName;
  const entity = (type: string) => (KNOWN_ENTITIES.includes(type) ? t(`audit.entity.${type}` as 'audit.entity.student') : type);

  return (
    <>
      <PageHeader title={t('audit.title')} />
      <Text mb="md" maw={720}>{t('audit.intro')}</Text>
      <div role="search" aria-label={t('common.search')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md">
          <TextInput key={filters.actor ?? ''} label={t('audit.actor')} description={t('audit.actorHint')} defaultValue={filters.actor ?? ''}
            onBlur={(e) => set('actor', e.currentTarget.value.trim() || null)}
            onKeyDown={(e) => { if (e.key === 'Enter') set('actor', e.currentTarget.value.trim() || null); }} />
          <TextInput type="date" label={t('report.from')} value={filters.from ?? ''} onChange={(e) => set('from', e.currentTarget.value || null)} />
          <TextInput type="date" label={t('report.to')} value={filters.to ?? ''} onChange={(e) => set('to', e.currentTarget.value || null)} />
        </SimpleGrid>
        {filters.studentId && (
          <Group gap="xs" mb="md">
            <Badge variant="light" c="dark" tt="none" size="lg">{t('audit.forStudent', { name: studentName ?? t('audit.thisStudent') })}</Badge>
            <Button variant="subtle" size="compact-sm" onClick={() => set('studentId', null)}>{t('audit.allStudents')}</Button>
          </Group>
        )}
      </div>
      {events.isError && <QueryError error={events.error} />}
      {events.isPending && <PageLoader />}
      {events.data && (
        <>
          <Text size="sm" c="dimmed" mb="xs" aria-live="polite" data-testid="result-count">{t('common.results', { count: total })}</Text>
          {total === 0 ? <Text>{t('audit.empty')}</Text> : (
            <DataTable caption={t('audit.title')} columns={[{ label: t('audit.when') }, { label: t('audit.who') },
              { label: t('audit.what') }, { label: t('audit.student'), visibleFrom: 'sm' }, { label: t('audit.changes'), visibleFrom: 'md' }]}>
              {events.data.items.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{formatDateTime(e.occurredAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Anchor component="button" type="button" onClick={() => set('actor', e.actor)}>{e.actor}</Anchor>
                    {e.actorRole && <Text size="xs" c="dimmed">{t(`roles.${e.actorRole}` as 'roles.broker')}</Text>}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={e.action === 'READ' ? 'grape' : 'gray'} c="dark" tt="none">{t(`audit.action.${e.action}` as 'audit.action.READ')}</Badge>
                    <Text size="sm">{entity(e.entityType)}</Text>
                    {e.studentName && <Text size="xs" hiddenFrom="sm">{e.studentName}</Text>}
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    {e.studentId && (
                      <Anchor component={Link} to={`/audit?studentId=${e.studentId}`}>{e.studentName ?? t('audit.erased')}</Anchor>
                    )}
                  </Table.Td>
                  <Table.Td visibleFrom="md">
                    <List size="xs" spacing={0}>
                      {e.changes.filter((c) => !HIDDEN_FIELDS.includes(c.field)).map((c) => (
                        <List.Item key={c.field}><Change c={c} /></List.Item>
                      ))}
                    </List>
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
