import { Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { ListPagination } from '@/shared/ui/ListPagination';
import { PageHeader } from '@/shared/ui/PageHeader';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { useReferrals } from '../api/get-referrals';
import { ReferralsTable } from './ReferralsTable';

const PAGE_SIZE = 20;

/** "Mijn aanmeldingen": the school's referrals with status and, once accepted, the student's phase. */
export function MentorReferralsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const referrals = useReferrals({ page: page - 1, size: PAGE_SIZE });
  const total = referrals.data?.total ?? 0;
  return (
    <>
      <PageHeader title={t('referrals.mineTitle')} create={{ to: '/mentor/new', label: t('referrals.new') }} />
      <Text mb="md" maw={640}>
        {t('referrals.mineIntro')}
      </Text>
      {referrals.isError && <QueryError error={referrals.error} />}
      {referrals.isPending && <PageLoader />}
      {referrals.data &&
        (total === 0 ? <Text>{t('referrals.empty')}</Text> : <ReferralsTable items={referrals.data.items} basePath="/mentor/referrals" forMentor />)}
      <ListPagination total={total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
    </>
  );
}
