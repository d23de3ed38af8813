import { Alert, Anchor, Button, Card, Stack, Table, Text } from '@mantine/core';
import { usePersonName } from '@/shared/api/people';
import { useTranslation } from '@/shared/i18n';
import { Link, useParams } from 'wouter';
import { useFlash } from '@/shared/router';
import { PageHeader } from '@/shared/ui/PageHeader';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { formatDate, formatDateTime } from '@/shared/ui/format';
import { useEmployer } from '../api/get-employer';
import { PlacesSection } from './PlacesSection';
import { PortalAccountsSection } from './PortalAccountsSection';
import { DataTable } from '@/shared/ui/DataTable';
import { Fact, Facts } from '@/shared/ui/Facts';

/** The employer's details, places and portal accounts; the page in `app/pages` adds its history. */
export function EmployerDetailPage({ history }: { history?: React.ReactNode }) {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const flash = useFlash();
  const employer = useEmployer(id);
  const personName = usePersonName();

  if (employer.isPending) return <PageLoader />;
  if (employer.isError) return <QueryError error={employer.error} />;
  const e = employer.data.data;
  const none = t('common.none');
  const rows: [string, React.ReactNode][] = [
    [t('employers.kvkNumber'), e.kvkNumber ?? none],
    [t('employers.city'), e.city ?? none],
    [t('employers.phone'), e.phone ? <Anchor href={`tel:${e.phone}`}>{e.phone}</Anchor> : none],
    [t('employers.email'), e.email ? <Anchor href={`mailto:${e.email}`}>{e.email}</Anchor> : none],
    [t('employers.website'), e.website ? <Anchor href={e.website} target="_blank" rel="noreferrer">{e.website}</Anchor> : none],
    [t('employers.street'), [e.street, e.postcode].filter(Boolean).join(', ') || none],
    [t('employers.sectors'), e.sectors.length ? e.sectors.join(', ') : none],
    [t('employers.size'), e.size ? t(`employers.sizes.${e.size}`) : none],
    [t('employers.sbbStatus'), `${t(`employers.sbb.${e.sbbStatus}`)}${e.sbbNumber ? ` (${e.sbbNumber})` : ''}${
      e.sbbCheckedOn ? ` · ${t('employers.sbbCheckedOnShort', { date: formatDate(e.sbbCheckedOn, i18n.language) })}` : ''}`],
    [t('employers.supportOpenness'), `${t(`employers.openness.${e.supportOpenness}`)}${e.supportNote ? ` – ${e.supportNote}` : ''}`],
    [t('employers.vogRequired'), e.vogRequired ? t('referrals.fields.yes') : t('referrals.fields.no')],
    [t('employers.ownerBroker'), e.ownerBroker ? personName(e.ownerBroker) : none],
    [t('employers.visitEveryDays'), e.visitEveryDays ? String(e.visitEveryDays) : none],
    [t('employers.lastContact'), e.lastContactAt ? formatDateTime(e.lastContactAt, i18n.language) : t('employers.neverContacted')],
    [t('employerPortal.profileForm.description'), e.description ?? none],
  ];
  return (
    <>
      {flash && (
        <Alert color="green" mb="md" role="status">
          {flash}
        </Alert>
      )}
      <PageHeader
        title={e.name}
        actions={
          <>
            <Button variant="default" component={Link} to="/employers">
              {t('common.back')}
            </Button>
            <Button component={Link} to={`/employers/${e.id}/edit`}>
              {t('common.edit')}
            </Button>
          </>
        }
      />
      <Stack maw={720}>
        {e.sbbCheckDue && (
          <Alert color="orange" variant="light" role="alert">
            {/* The title in the text, not Mantine's title: its orange on light orange is below 4.5:1. */}
            <Text fw={600}>{t('employers.sbbCheckDueTitle')}</Text>
            {t('employers.sbbCheckDue')}{' '}
            {/* Stagemarkt's licence forbids storing its data: the broker looks it up there and records what they saw. */}
            <Anchor href="https://www.stagemarkt.nl/" target="_blank" rel="noreferrer">{t('employers.sbbLookUp')}</Anchor>
          </Alert>
        )}
        <Card withBorder>
          <Facts>
            {rows.map(([label, value]) => <Fact key={label} label={label}>{value}</Fact>)}
          </Facts>
        </Card>
        <PlacesSection employerId={e.id} />
        <PortalAccountsSection employerId={e.id} />
        {history}
        <Card withBorder>
          <Text fw={600} component="h3" m={0} mb="sm">
            {t('employers.contactPersons')}
          </Text>
          {e.contactPersons.length === 0 ? (
            <Text size="sm" c="dimmed">{t('employers.noContacts')}</Text>
          ) : (
            <DataTable compact columns={[{ label: t('employers.contactName') }, { label: t('employers.contactRole') }, { label: t('employers.phone') }, { label: t('employers.email') }]}>
              {e.contactPersons.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.name}</Table.Td>
                  <Table.Td>{c.role ?? none}</Table.Td>
                  <Table.Td>{c.phone ? <Anchor href={`tel:${c.phone}`}>{c.phone}</Anchor> : none}</Table.Td>
                  <Table.Td>{c.email ? <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor> : none}</Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          )}
        </Card>
        <Text size="xs" c="dimmed">
          {t('common.lastChanged', { who: personName(e.updatedBy), when: formatDateTime(e.updatedAt, i18n.language) })}
        </Text>
      </Stack>
    </>
  );
}
