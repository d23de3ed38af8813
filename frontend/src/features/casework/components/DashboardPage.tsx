import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from '@/shared/i18n';
import { Link } from 'wouter';
import { useMe } from '@/features/me/api/get-me';
import { PageHeader } from '@/shared/ui/PageHeader';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { formatDate, formatDateTime } from '@/shared/ui/format';
import { useCompleteFollowUp } from '../api/contacts';
import { useCaseload } from '../api/get-caseload';
import { SignalsPanel } from './SignalsPanel';
import { DataTable } from '@/shared/ui/DataTable';
import { useEvaluateIntervention } from '@/features/placements/api/placements';

const SOON_DAYS = 14;

function Panel({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Card withBorder data-testid={testId}>
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** The broker's day (or, for a lead, the organisation's): what needs doing first. */
/** A panel's list of students, or one line saying there is nobody. */
function StudentLines<T extends { studentId: string }>({ items, empty, children }: {
  items: T[];
  empty: string;
  children: (item: T) => ReactNode;
}) {
  if (items.length === 0) return <Text size="sm">{empty}</Text>;
  return (
    <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((s) => <li key={s.studentId}>{children(s)}</li>)}
    </Stack>
  );
}

export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const caseload = useCaseload();
  const me = useMe();
  const complete = useCompleteFollowUp();
  const evaluate = useEvaluateIntervention();
  if (caseload.isPending) return <PageLoader />;
  if (caseload.isError) return <QueryError error={caseload.error} />;
  const c = caseload.data;
  const lead = c.scope === 'ORGANISATION';
  const mine = lead ? '' : `&assignedBroker=${encodeURIComponent(me.data?.username ?? '')}`;
  const lng = i18n.language;

  return (
    <>
      <PageHeader title={lead ? t('casework.dashboardTitleLead') : t('casework.dashboardTitle')} />
      <Stack>
        <SignalsPanel signals={c.signals} />
        {c.atRisk.length > 0 && (
          <Panel title={t('checkIns.atRisk')} testId="at-risk">
            <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {c.atRisk.map((r) => (
                <li key={r.placementId}>
                  <Group gap={6}>
                    <Anchor component={Link} to={`/students/${r.studentId}?tab=places`} fw={700}>{r.studentName}</Anchor>
                    <Badge color={r.signal === 'AT_RISK' ? 'red' : 'orange'} variant="outline" c="dark" tt="none">{t(`signals.kind.${r.signal}`)}</Badge>
                  </Group>
                  <Text size="sm">
                    {r.employerName} · {t(`checkIns.parties.${r.party as 'STUDENT'}`)} · {formatDateTime(r.reportedAt, lng)}{r.note ? ` · “${r.note}”` : ''}
                  </Text>
                  <Text size="xs" c="dimmed">{t('checkIns.since', { count: r.contactsSince })}</Text>
                </li>
              ))}
            </Stack>
          </Panel>
        )}
        <SimpleGrid cols={{ base: 2, sm: 4, md: 7 }} aria-label={lead ? t('casework.allStudents') : t('casework.myStudents')} role="list">
          {c.phases.map((p) => (
            <Card key={p.phase} withBorder padding="sm" component={Link} to={`/students?phase=${p.phase}${mine}`} role="listitem">
              <Text size="xl" fw={700}>{p.count}</Text>
              <Text size="sm">{t(`phase.${p.phase}`)}</Text>
            </Card>
          ))}
        </SimpleGrid>

        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Panel title={t('casework.followUps')} testId="follow-ups">
            {c.followUps.length === 0 ? (
              <Text size="sm">{t('casework.noFollowUps')}</Text>
            ) : (
              <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {c.followUps.map((f) => (
                  <Group key={f.contactId} component="li" justify="space-between" wrap="nowrap">
                    <div>
                      <Anchor component={Link} to={f.studentId ? `/students/${f.studentId}?tab=contacts` : `/employers/${f.employerId}`} fw={600}>
                        {f.studentName}
                      </Anchor>
                      <Group gap={6}>
                        <Text size="xs">{formatDate(f.followUpOn, lng)}</Text>
                        <Badge size="xs" color={f.overdue ? 'red' : 'blue'} variant="light" c="dark" tt="none">
                          {f.overdue ? t('casework.overdue') : t('casework.today')}
                        </Badge>
                      </Group>
                    </div>
                    <Button size="xs" variant="default" loading={complete.isPending && complete.variables === f.contactId}
                      aria-label={t('casework.doneFor', { name: f.studentName })} onClick={() => complete.mutate(f.contactId)}>
                      {t('casework.done')}
                    </Button>
                  </Group>
                ))}
              </Stack>
            )}
          </Panel>
          <Panel title={t('checkIns.due')} testId="check-ins-due">
            {c.checkInsDue.length === 0 ? <Text size="sm">{t('checkIns.noneDue')}</Text> : (
              <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {c.checkInsDue.map((d) => (
                  <li key={`${d.placementId}-${d.party}`}>
                    <Anchor component={Link} to={`/students/${d.studentId}?tab=places`} fw={600}>{d.studentName}</Anchor>
                    <Group gap={6}>
                      <Text size="xs">{t(`checkIns.dueParty.${d.party as 'EMPLOYER'}`, { employer: d.employerName })} · {formatDate(d.dueOn, lng)}</Text>
                      <Badge size="xs" color={d.overdue ? 'red' : 'blue'} variant="light" c="dark" tt="none">
                        {d.overdue ? t('casework.overdue') : t('casework.today')}
                      </Badge>
                    </Group>
                  </li>
                ))}
              </Stack>
            )}
          </Panel>
          <Panel title={t('after.agreementsDue')} testId="agreements-due">
            {c.agreementsDue.length === 0 ? <Text size="sm">{t('after.agreementsNone')}</Text> : (
              <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {c.agreementsDue.map((a) => (
                  <li key={a.interventionId}>
                    <Anchor component={Link} to={`/students/${a.studentId}?tab=places`} fw={600}>{a.studentName}</Anchor>
                    <Text size="sm">{a.agreement}</Text>
                    <Text size="xs" c="dimmed">{t('after.agreementLine', { who: a.withWhom, date: formatDate(a.dueOn, lng) })}</Text>
                    <Group gap={4} mt={4} role="group" aria-label={`${t('after.helped')} ${a.studentName}`}>
                      {(['HELPED', 'PARTLY', 'NOT_HELPED'] as const).map((o) => (
                        <Button key={o} size="compact-xs" variant="default" loading={evaluate.isPending && evaluate.variables?.body.outcome === o}
                          onClick={() => evaluate.mutate({ intervention: a, body: { outcome: o } })}>{t(`after.outcome.${o}`)}</Button>
                      ))}
                    </Group>
                  </li>
                ))}
              </Stack>
            )}
          </Panel>
          <Panel title={t('after.nextSteps')} testId="next-steps">
            <StudentLines items={c.nextSteps} empty={t('after.nextStepsNone')}>
              {(s) => (
                <>
                  <Anchor component={Link} to={`/students/${s.studentId}`} fw={600}>{s.studentName}</Anchor>{' '}
                  {s.employerName && (
                    <Text span size="sm">· {t('after.endedLine', {
                      employer: s.employerName, status: t(`placements.status.${s.placementStatus as 'COMPLETED'}`),
                      date: s.endDate ? formatDate(s.endDate, lng) : '',
                    })}</Text>
                  )}
                </>
              )}
            </StudentLines>
          </Panel>
          <Panel title={t('after.outOfContactTitle')} testId="out-of-contact">
            <StudentLines items={c.outOfContact} empty={t('after.outOfContactNone')}>
              {(s) => (
                <>
                  <Anchor component={Link} to={`/students/${s.studentId}?tab=contacts`} fw={600}>{s.studentName}</Anchor>{' '}
                  <Text span size="sm">
                    · {t('after.outOfContact', { date: formatDate(s.since, lng) })}
                    {s.lastAttemptAt ? ` · ${t('after.lastAttempt', { date: formatDate(s.lastAttemptAt, lng) })}` : ''}
                  </Text>
                </>
              )}
            </StudentLines>
          </Panel>
          <Panel title={t('surveys.missing')} testId="surveys-missing">
            <StudentLines items={c.surveysMissing} empty={t('surveys.missingNone')}>
              {(s) => (
                <>
                  <Anchor component={Link} to={`/students/${s.studentId}`} fw={600}>{s.studentName}</Anchor>{' '}
                  <Text span size="sm">
                    · {t('surveys.missingLine', { date: formatDate(s.endedOn, lng) })} · {s.linkSentAt
                      ? t('surveys.missingSent', { date: formatDate(s.linkSentAt, lng) }) : t('surveys.missingNotSent')}
                  </Text>
                </>
              )}
            </StudentLines>
          </Panel>
          <Panel title={t('employers.sbbCheckDueTitle')} testId="sbb-due">
            {c.sbbChecksDue.length === 0 ? <Text size="sm">{t('employers.sbbNoneDue')}</Text> : (
              <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {c.sbbChecksDue.map((e) => (
                  <li key={e.employerId}>
                    <Anchor component={Link} to={`/employers/${e.employerId}`} fw={600}>{e.employerName}</Anchor>{' '}
                    <Text span size="sm">
                      · {t(`employers.sbb.${e.sbbStatus}`)} · {e.checkedOn
                        ? t('employers.sbbCheckedOnShort', { date: formatDate(e.checkedOn, lng) }) : t('employers.sbbNeverChecked')}
                    </Text>
                  </li>
                ))}
              </Stack>
            )}
          </Panel>
          <Panel title={t('casework.openReferrals')}>
            <Stack gap={4}>
              <Anchor component={Link} to="/referrals" fw={600}>{t('casework.newReferrals', { count: c.openReferrals.submitted })}</Anchor>
              <Anchor component={Link} to="/referrals?tab=WAITLISTED">{t('casework.waitlisted', { count: c.openReferrals.waitlisted })}</Anchor>
              {c.openReferrals.waitlistDue > 0 && <Text size="sm" fw={600}>{t('referrals.dueForReview', { count: c.openReferrals.waitlistDue })}</Text>}
            </Stack>
          </Panel>
          <Panel title={t('casework.startingSoon', { days: SOON_DAYS })}>
            <StudentLines items={c.startingSoon} empty={t('casework.noStartingSoon')}>
              {(s) => (
                <>
                  <Anchor component={Link} to={`/students/${s.studentId}`} fw={600}>{s.studentName}</Anchor>{' '}
                  <Text span size="sm">· {t('casework.startsOn', { date: formatDate(s.internshipStartBy, lng) })} · {t(`phase.${s.phase}`)}</Text>
                </>
              )}
            </StudentLines>
          </Panel>
          <Panel title={t('casework.quiet', { days: c.quietDays })}>
            <StudentLines items={c.quietStudents} empty={t('casework.noQuiet')}>
              {(s) => (
                <>
                  <Anchor component={Link} to={`/students/${s.studentId}?tab=contacts`} fw={600}>{s.studentName}</Anchor>{' '}
                  <Text span size="sm">
                    · {s.lastContactAt ? t('casework.lastContact', { date: formatDate(s.lastContactAt, lng) }) : t('casework.neverContacted')}
                  </Text>
                </>
              )}
            </StudentLines>
          </Panel>
        </SimpleGrid>

        {lead && (
          <Panel title={t('casework.brokers')}>
            {c.capacityHoursPerWeek != null && <Text size="sm">{t('casework.capacity', { hours: c.capacityHoursPerWeek })}</Text>}
            <Text size="sm" mb="xs" data-testid="waiting-vs-free">
              {t('casework.waitingVsFree', { waiting: c.openReferrals.waitlisted })}{' '}
              {c.freeCases != null ? t('casework.freeCases', { count: c.freeCases }) : t('casework.noCapacitySet')}
            </Text>
            <DataTable compact columns={[{ label: t('students.name') }, { label: t('casework.activeCases') }, { label: t('casework.hoursPerWeek') }, { label: t('casework.minutes30'), visibleFrom: 'sm' }]}>
              {c.brokers.map((b) => {
                const full = b.maxActiveCases != null && b.activeCases >= b.maxActiveCases;
                return (
                  <Table.Tr key={b.username} data-testid="broker-load">
                    <Table.Td>
                      <Anchor component={Link} to={`/students?assignedBroker=${encodeURIComponent(b.username)}`}>{b.name}</Anchor>
                    </Table.Td>
                    <Table.Td>
                      {b.maxActiveCases != null ? t('casework.casesOf', { active: b.activeCases, max: b.maxActiveCases }) : b.activeCases}
                      {full && <Badge ml={6} size="xs" color="red" variant="light" c="dark" tt="none">{t('casework.full')}</Badge>}
                    </Table.Td>
                    <Table.Td>{b.hoursPerWeek ?? t('common.none')}</Table.Td>
                    <Table.Td visibleFrom="sm">{b.minutesLast30Days}</Table.Td>
                  </Table.Tr>
                );
              })}
            </DataTable>
          </Panel>
        )}
      </Stack>
    </>
  );
}
