import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/shared/api/client';
import { formatDate, formatDateTime } from '@/shared/ui/format';
import { ReferralStatusBadge } from './ReferralStatusBadge';

function Item({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children ?? t('common.none')}
      </Text>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** Everything the referrer submitted and the broker decided, read-only; shared by mentor and broker. */
export function ReferralDetails({ referral: r }: { referral: Schemas['ReferralView'] }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const none = t('common.none');
  return (
    <Stack maw={820}>
      <Group gap="xs">
        <ReferralStatusBadge status={r.status} />
        {r.studentPhase && (
          <Badge variant="filled" tt="none" size="md">
            {t('referrals.studentPhase')}: {t(`phase.${r.studentPhase}`)}
          </Badge>
        )}
      </Group>
      {(r.decisionReason || r.decidedAt) && (
        <Section title={t('referrals.sections.decision')}>
          <Stack gap="xs">
            {r.decisionReason && <Text>{r.decisionReason}</Text>}
            {r.reviewOn && r.status === 'WAITLISTED' && <Text fw={600}>{t('referrals.reviewOn', { date: formatDate(r.reviewOn, lng) })}</Text>}
            {r.decidedAt && (
              <Text size="sm" c="dimmed">
                {t('referrals.decidedBy', { who: r.decidedBy, when: formatDateTime(r.decidedAt, lng) })}
              </Text>
            )}
          </Stack>
        </Section>
      )}
      <Section title={t('referrals.sections.student')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
          <Item label={t('students.name')}>{`${r.student.firstName} ${r.student.lastName}`}</Item>
          <Item label={t('students.dateOfBirth')}>{formatDate(r.student.dateOfBirth, lng)}</Item>
          <Item label={t('students.school')}>{r.school.name}</Item>
          <Item label={t('students.programme')}>
            {r.programme ? `${r.programme.name} (${t('students.levelN', { level: r.programme.level })}, ${r.programme.pathway})` : none}
          </Item>
          <Item label={t('students.phone')}>{r.student.phone ?? none}</Item>
          <Item label={t('students.email')}>{r.student.email ?? none}</Item>
        </SimpleGrid>
      </Section>
      <Section title={t('referrals.sections.situation')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
          <Item label={t('referrals.fields.reason')}>
            {t(`referrals.reason.${r.reason}`)}
            {r.reasonOther ? ` – ${r.reasonOther}` : ''}
          </Item>
          <Item label={t('referrals.fields.searchDuration')}>{t(`referrals.searchDuration.${r.searchDuration}`)}</Item>
          <Item label={t('referrals.fields.applicationsSent')}>{r.applicationsSent ?? none}</Item>
          <Item label={t('referrals.fields.companiesContacted')}>{r.companiesContacted ?? none}</Item>
          <Item label={t('referrals.fields.internshipMustStartBy')}>{r.internshipMustStartBy ? formatDate(r.internshipMustStartBy, lng) : none}</Item>
          <Item label={t('referrals.fields.hoursBehind')}>{r.hoursBehind ?? none}</Item>
        </SimpleGrid>
        <dl style={{ margin: 0 }}>
          <Item label={t('referrals.fields.schoolActions')}>{r.schoolActions ?? none}</Item>
        </dl>
      </Section>
      {r.eligibility.length > 0 && (
        <Section title={t('referrals.sections.checklist')}>
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {r.eligibility.map((e) => (
              <Group key={e.questionId} component="li" justify="space-between" align="flex-start" gap="xs">
                <Text size="sm" style={{ flex: '1 1 16rem' }}>{e.text}</Text>
                <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
                  <Text size="sm" fw={600}>
                    {e.answer ? t('referrals.fields.yes') : t('referrals.fields.no')}
                  </Text>
                  <Badge color={e.qualifies ? 'green' : 'red'} variant="light" c="dark" tt="none">
                    {e.qualifies ? t('referrals.qualifies') : t('referrals.notQualifies')}
                  </Badge>
                </Group>
              </Group>
            ))}
          </Stack>
        </Section>
      )}
      <Section title={t('referrals.sections.referrer')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
          <Item label={t('referrals.referrer')}>{`${t(`referrals.referrerKind.${r.referrer.kind}`)}: ${r.referrer.name}`}</Item>
          <Item label={t('referrals.submittedOn')}>{`${formatDateTime(r.submittedAt, lng)} · ${t(`referrals.channel.${r.channel}`)}`}</Item>
          <Item label={t('referrals.fields.organisation')}>{r.organisation.name}</Item>
          <Item label={t('referrals.sections.consent')}>
            {t('referrals.consentGiven', {
              guardian: r.consent.guardian ? t('referrals.fields.yes') : t('referrals.fields.no'),
              date: formatDate(r.consent.date, lng),
            })}
          </Item>
        </SimpleGrid>
      </Section>
    </Stack>
  );
}
