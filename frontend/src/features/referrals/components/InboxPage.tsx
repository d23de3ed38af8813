import { Group, SegmentedControl, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { useSearchParams } from 'wouter';
import type { Schemas } from '@/shared/api/client';
import { ListPagination } from '@/shared/ui/ListPagination';
import { PageHeader } from '@/shared/ui/PageHeader';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { useReferralCounts } from '../api/get-referral-counts';
import { useReferrals } from '../api/get-referrals';
import { ReferralsTable } from './ReferralsTable';

const PAGE_SIZE = 20;

/** The broker's (and lead's) inbox: new referrals first, the waiting list, or everything. */
export function InboxPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'SUBMITTED';
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const page = Number(params.get('page') ?? '1');
  const counts = useReferralCounts();
  const referrals = useReferrals({
    status: tab === 'all' ? undefined : (tab as Schemas['ReferralStatus']),
    q: q || undefined,
    page: page - 1,
    size: PAGE_SIZE,
  });
  const total = referrals.data?.total ?? 0;
  const c = counts.data;

  return (
    <>
      <PageHeader title={t('referrals.inboxTitle')} create={{ to: '/referrals/new', label: t('referrals.register') }} />
      <Group mb="md" gap="md" align="flex-end">
        <SegmentedControl
          aria-label={t('referrals.inboxTitle')}
          value={tab}
          onChange={(v) => setParams({ tab: v }, { replace: true })}
          data={[
            { value: 'SUBMITTED', label: `${t('referrals.tabs.SUBMITTED')}${c ? ` (${c.submitted})` : ''}` },
            { value: 'WAITLISTED', label: `${t('referrals.tabs.WAITLISTED')}${c ? ` (${c.waitlisted})` : ''}` },
            { value: 'all', label: t('referrals.tabs.all') },
          ]}
        />
        <TextInput type="search" label={t('students.searchLabel')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
      </Group>
      {c && c.waitlistDue > 0 && (
        <Text size="sm" fw={600} mb="sm">
          {t('referrals.dueForReview', { count: c.waitlistDue })}
        </Text>
      )}
      {referrals.isError && <QueryError error={referrals.error} />}
      {referrals.isPending && <PageLoader />}
      {referrals.data &&
        (total === 0 ? (
          <Text>{t('referrals.empty')}</Text>
        ) : (
          <ReferralsTable items={referrals.data.items} basePath="/referrals" />
        ))}
      <ListPagination total={total} pageSize={PAGE_SIZE} page={page} onChange={(p) => setParams({ tab, page: String(p) }, { replace: true })} />
    </>
  );
}
