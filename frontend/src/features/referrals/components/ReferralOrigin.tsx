import { Anchor, Card, Text } from '@mantine/core';
import { useTranslation } from '@/shared/i18n';
import { Link } from 'wouter';
import { formatDate } from '@/shared/ui/format';
import { Fact, Facts } from '@/shared/ui/Facts';
import { useStudentReferral } from '../api/get-student-referral';

/** Why the case started: the referral's reason, what was tried, how long the student searched, how urgent it is. */
export function ReferralOrigin({ studentId }: { studentId: string }) {
  const { t, i18n } = useTranslation();
  const referral = useStudentReferral(studentId);
  const r = referral.data;
  if (!r) return null;
  const lng = i18n.language;
  const none = t('common.none');
  const tried = [
    r.applicationsSent != null && t('referrals.origin.applications', { count: r.applicationsSent }),
    r.companiesContacted != null && t('referrals.origin.companies', { count: r.companiesContacted }),
  ].filter(Boolean).join(', ');
  return (
    <Card withBorder maw={720} data-testid="referral-origin">
      <Text fw={600} component="h3" m={0} mb="sm">{t('referrals.origin.title')}</Text>
      <Facts>
        <Fact label={t('referrals.referrer')}>
          {`${t(`referrals.referrerKind.${r.referrer.kind}`)}: ${r.referrer.name} · ${t(`referrals.channel.${r.channel}`)}`}
        </Fact>
        <Fact label={t('referrals.fields.reason')}>{t(`referrals.reason.${r.reason}`)}{r.reasonOther ? ` – ${r.reasonOther}` : ''}</Fact>
        <Fact label={t('referrals.fields.searchDuration')}>{t(`referrals.searchDuration.${r.searchDuration}`)}</Fact>
        <Fact label={t('referrals.origin.tried')}>{[tried, r.schoolActions].filter(Boolean).join(' · ') || none}</Fact>
        <Fact label={t('referrals.origin.urgency')}>
          {[r.internshipMustStartBy && t('referrals.origin.startBy', { date: formatDate(r.internshipMustStartBy, lng) }),
            r.hoursBehind != null && t('referrals.origin.hoursBehind', { count: r.hoursBehind })].filter(Boolean).join(' · ') || none}
        </Fact>
      </Facts>
      <Anchor component={Link} to={`/referrals/${r.id}`} size="sm" mt="xs" display="inline-block">{t('referrals.origin.open')}</Anchor>
    </Card>
  );
}
