import { Alert, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';
import { formatDate, formatDateTime } from '@/shared/ui/format';
import { ReferralStatusBadge } from './ReferralStatusBadge';
import { Fact, Facts } from '@/shared/ui/Facts';

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
      {r.placementEmployerName && (
        <Alert color="green" variant="light" role="status" data-testid="placed">
          {r.placementStartDate
            ? t('referrals.placedFrom', { employer: r.placementEmployerName, date: formatDate(r.placementStartDate, lng) })
            : t('referrals.placedAt', { employer: r.placementEmployerName })}
        </Alert>
      )}
      {r.closure && (
        <Alert color="gray" variant="light" role="status" data-testid="case-closed">
          <Text size="sm">{t('after.mentorClosed', { date: formatDate(r.closure.closedAt, lng) })}</Text>
          <Text size="sm"><b>{t('after.placementOutcome')}:</b> {t(`after.placementOutcomes.${r.closure.placementOutcome}`)}</Text>
          <Text size="sm"><b>{t('after.educationOutcome')}:</b> {t(`after.educationOutcomes.${r.closure.educationOutcome}`)}</Text>
          {r.closure.handedOffTo && <Text size="sm">{t('after.mentorHandOff', { kind: t(`after.handOffKinds.${r.closure.handedOffTo}`) })}</Text>}
        </Alert>
      )}
      {(r.decisionReason || r.decidedAt) && (
        <Section title={t('referrals.sections.decision')}>
          <Stack gap="xs">
            {r.decisionReason && <Text>{r.decisionReason}</Text>}
            {r.reviewOn && r.status === 'WAITLISTED' && <Text fw={600}>{t('referrals.reviewOn', { date: formatDate(r.reviewOn, lng) })}</Text>}
            {r.decidedAt && (
              <Text size="sm" c="dimmed">
                {t('referrals.decidedBy', { who: r.decidedByName ?? r.decidedBy, when: formatDateTime(r.decidedAt, lng) })}
              </Text>
            )}
          </Stack>
        </Section>
      )}
      <Section title={t('referrals.sections.student')}>
        <Facts>
          <Fact label={t('students.name')}>{`${r.student.firstName} ${r.student.lastName}`}</Fact>
          <Fact label={t('students.dateOfBirth')}>{formatDate(r.student.dateOfBirth, lng)}</Fact>
          <Fact label={t('students.school')}>{r.school.name}</Fact>
          <Fact label={t('students.programme')}>
            {r.programme ? `${r.programme.name} (${t('students.levelN', { level: r.programme.level })}, ${r.programme.pathway})` : none}
          </Fact>
          <Fact label={t('students.phone')}>{r.student.phone ?? none}</Fact>
          <Fact label={t('students.email')}>{r.student.email ?? none}</Fact>
        </Facts>
      </Section>
      <Section title={t('referrals.sections.situation')}>
        <Facts>
          <Fact label={t('referrals.fields.reason')}>
            {t(`referrals.reason.${r.reason}`)}
            {r.reasonOther ? ` – ${r.reasonOther}` : ''}
          </Fact>
          <Fact label={t('referrals.fields.searchDuration')}>{t(`referrals.searchDuration.${r.searchDuration}`)}</Fact>
          <Fact label={t('referrals.fields.applicationsSent')}>{r.applicationsSent ?? none}</Fact>
          <Fact label={t('referrals.fields.companiesContacted')}>{r.companiesContacted ?? none}</Fact>
          <Fact label={t('referrals.fields.internshipMustStartBy')}>{r.internshipMustStartBy ? formatDate(r.internshipMustStartBy, lng) : none}</Fact>
          <Fact label={t('referrals.fields.hoursBehind')}>{r.hoursBehind ?? none}</Fact>
        </Facts>
        <Facts stacked>
          {r.studentTried ? <Fact label={t('referrals.fields.studentTried')}>{r.studentTried}</Fact>
            : <Fact label={t('referrals.fields.schoolActions')}>{r.schoolActions ?? none}</Fact>}
        </Facts>
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
        <Facts>
          <Fact label={t('referrals.referrer')}>{`${t(`referrals.referrerKind.${r.referrer.kind}`)}: ${r.referrer.name}`}</Fact>
          <Fact label={t('referrals.submittedOn')}>{`${formatDateTime(r.submittedAt, lng)} · ${t(`referrals.channel.${r.channel}`)}`}</Fact>
          <Fact label={t('referrals.fields.organisation')}>{r.organisation.name}</Fact>
          <Fact label={t('referrals.sections.consent')}>
            {t('referrals.consentGiven', {
              guardian: r.consent.guardian ? t('referrals.fields.yes') : t('referrals.fields.no'),
              date: formatDate(r.consent.date, lng),
            })}
          </Fact>
        </Facts>
      </Section>
    </Stack>
  );
}
