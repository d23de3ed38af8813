import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from '@/shared/i18n';
import { Link } from 'wouter';
import type { Schemas } from '@/shared/api/client';
import { formatDate } from '@/shared/ui/format';
import { ReferralStatusBadge } from './ReferralStatusBadge';
import { DataTable } from '@/shared/ui/DataTable';

/** Referral rows for the broker's inbox and the mentor's list; `basePath` decides where a row leads. */
export function ReferralsTable({ items, basePath, forMentor }: {
  items: Schemas['ReferralSummary'][];
  basePath: string;
  forMentor?: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <DataTable caption={t('referrals.tableCaption')} columns={[{ label: t('students.name') }, { label: forMentor ? t('referrals.fields.organisation') : t('students.school'), visibleFrom: 'sm' }, { label: t('referrals.startBy'), visibleFrom: 'md' }, { label: t('referrals.sections.decision') }]}>
      {items.map((r) => (
        <Table.Tr key={r.id}>
          <Table.Td>
            <Anchor component={Link} to={`${basePath}/${r.id}`} fw={600}>
              {r.studentFirstName} {r.studentLastName}
            </Anchor>
            <Text size="xs" c="dimmed">
              {t('referrals.submittedOn')} {formatDate(r.submittedAt, i18n.language)}
            </Text>
          </Table.Td>
          <Table.Td visibleFrom="sm">{forMentor ? r.organisationName : r.schoolName}</Table.Td>
          <Table.Td visibleFrom="md">{r.internshipMustStartBy ? formatDate(r.internshipMustStartBy, i18n.language) : t('common.none')}</Table.Td>
          <Table.Td>
            <ReferralStatusBadge status={r.status} />
            {r.studentPhase && (
              <Text size="xs" mt={4}>
                {t(`phase.${r.studentPhase}`)}
              </Text>
            )}
            {!forMentor && r.eligibilityFailures > 0 && r.status === 'SUBMITTED' && (
              <Badge color="red" variant="outline" c="dark" tt="none" mt={4} display="block">
                {t('referrals.checklistFailures', { count: r.eligibilityFailures })}
              </Badge>
            )}
            {r.status === 'WAITLISTED' && r.reviewOn && (
              <Text size="xs" mt={4}>
                {t('referrals.reviewOn', { date: formatDate(r.reviewOn, i18n.language) })}
              </Text>
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
