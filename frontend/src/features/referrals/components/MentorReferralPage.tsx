import { Button, Group } from '@mantine/core';
import { useTranslation } from '@/shared/i18n';
import { Link, useParams } from 'wouter';
import { PageHeader } from '@/shared/ui/PageHeader';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { useDecideReferral } from '../api/decide-referral';
import { useReferral } from '../api/get-referral';
import { ReferralDetails } from './ReferralDetails';

/** The mentor's view of one referral; it can be withdrawn while the broker has not decided. */
export function MentorReferralPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const referral = useReferral(id);
  const decide = useDecideReferral(id);
  if (referral.isPending) return <PageLoader />;
  if (referral.isError) return <QueryError error={referral.error} />;
  const r = referral.data;
  return (
    <>
      <PageHeader
        title={t('referrals.detailTitle', { name: `${r.student.firstName} ${r.student.lastName}` })}
        actions={
          <Button variant="default" component={Link} to="/mentor">
            {t('common.back')}
          </Button>
        }
      />
      {(r.status === 'SUBMITTED' || r.status === 'WAITLISTED') && (
        <Group mb="md">
          <Button
            variant="default"
            color="red"
            loading={decide.isPending}
            onClick={() => {
              if (window.confirm(t('referrals.withdrawConfirm'))) decide.mutate({ version: r.version, decision: { kind: 'withdraw' } });
            }}
          >
            {t('referrals.withdraw')}
          </Button>
        </Group>
      )}
      <ReferralDetails referral={r} />
    </>
  );
}
