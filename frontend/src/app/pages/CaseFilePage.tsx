import { Alert, Badge, Button, Card, Group, Stack, Tabs, Text } from '@mantine/core';
import { usePersonName } from '@/shared/api/people';
import { useTranslation } from '@/shared/i18n';
import { Link, useParams, useSearchParams } from 'wouter';
import { useFlash } from '@/shared/router';
import { PlacesTab } from '@/features/placements/components/PlacesTab';
import { useStudent } from '@/features/students/api/get-student';
import { useMe } from '@/features/me/api/get-me';
import { PageHeader } from '@/shared/ui/PageHeader';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { formatDate, formatDateTime } from '@/shared/ui/format';
import { CaseActions } from '@/features/casework/components/CaseActions';
import { ConsentPanel } from '@/features/casework/components/ConsentPanel';
import { SchoolUpdatesPanel } from '@/features/casework/components/SchoolUpdatesPanel';
import { ContactsPanel } from '@/features/casework/components/ContactsPanel';
import { FilesPanel } from '@/features/casework/components/FilesPanel';
import { IntakePanel } from '@/features/casework/components/IntakePanel';
import { PreparationPanel } from '@/features/casework/components/PreparationPanel';
import { TimelinePanel } from '@/features/casework/components/TimelinePanel';
import { Fact, Facts } from '@/shared/ui/Facts';
import { ReferralOrigin } from '@/features/referrals/components/ReferralOrigin';
import { ClosurePanel } from '@/features/casework/components/ClosurePanel';
import { GuardiansPanel } from '@/features/casework/components/GuardiansPanel';
import { HandOffsPanel } from '@/features/casework/components/HandOffsPanel';
import { SurveysPanel } from '@/features/surveys/components/SurveysPanel';
import { KitPanel } from '@/features/kit/components/KitPanel';
import { PrivacyPanel } from '@/features/privacy/components/PrivacyPanel';

const TABS = ['overview', 'contacts', 'intake', 'preparation', 'places', 'files', 'timeline'] as const;

/**
 * The case file of one student, composed here from several features: details and actions, contacts,
 * intake, preparation, places and placements, files, timeline.
 */
export function CaseFilePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const flash = useFlash();
  const [params, setParams] = useSearchParams();
  const tab = TABS.includes(params.get('tab') as (typeof TABS)[number]) ? (params.get('tab') as string) : 'overview';
  const student = useStudent(id);
  const personName = usePersonName();
  const isLead = useMe().data?.roles.includes('lead') ?? false;

  if (student.isPending) return <PageLoader />;
  if (student.isError) return <QueryError error={student.error} />;
  const s = student.data.data;
  const lng = i18n.language;
  return (
    <>
      {flash && <Alert color="green" mb="md" role="status">{flash}</Alert>}
      <PageHeader
        title={`${s.firstName} ${s.lastName}`}
        actions={
          <>
            <Button variant="default" component={Link} to="/students">{t('common.back')}</Button>
            {isLead && <Button variant="default" component={Link} to={`/audit?studentId=${s.id}`}>{t('audit.openForStudent')}</Button>}
            <Button component={Link} to={`/students/${s.id}/edit`}>{t('common.edit')}</Button>
          </>
        }
      />
      <Group gap="xs" mb="md">
        <Badge variant="filled" tt="none" size="lg">{t(`phase.${s.phase}`)}</Badge>
        <Badge variant="light" c="dark" tt="none" size="lg">{t(`intensity.${s.guidanceIntensity}`)}</Badge>
        {s.erasedAt && <Badge variant="light" color="gray" c="dark" tt="none" size="lg">{t('privacy.erasedBadge')}</Badge>}
        {s.outOfContactSince && s.phase !== 'CLOSED' && (
          <Badge variant="light" color="red" c="dark" tt="none" size="lg">{t('after.outOfContact', { date: formatDate(s.outOfContactSince, lng) })}</Badge>
        )}
      </Group>
      <Tabs value={tab} onChange={(v) => setParams(v && v !== 'overview' ? { tab: v } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md" style={{ flexWrap: 'nowrap', overflowX: 'auto' }}>
          {TABS.map((k) => <Tabs.Tab key={k} value={k}>{k === 'places' ? t('placements.tab') : t(`casework.tabs.${k}`)}</Tabs.Tab>)}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <Stack>
            <ClosurePanel student={s} />
            <Card withBorder maw={720}>
              <Stack gap="md">
                <Facts>
                  <Fact label={t('students.dateOfBirth')}>{formatDate(s.dateOfBirth, lng)}</Fact>
                  <Fact label={t('students.school')}>{s.schoolNumber ? `${s.school.name} · ${s.schoolNumber}` : s.school.name}</Fact>
                  <Fact label={t('students.programme')}>{s.programme ? `${s.programme.name} (${t('students.levelN', { level: s.programme.level })}, ${s.programme.pathway}, crebo ${s.programme.creboCode})` : t('students.noProgramme')}</Fact>
                  <Fact label={t('casework.startBy')}>{s.internshipStartBy ? formatDate(s.internshipStartBy, lng) : null}</Fact>
                  <Fact label={t('students.phone')}>{s.phone}</Fact>
                  <Fact label={t('students.email')}>{s.email}</Fact>
                </Facts>
                <Text size="xs" c="dimmed">{t('common.lastChanged', { who: personName(s.updatedBy), when: formatDateTime(s.updatedAt, lng) })}</Text>
              </Stack>
            </Card>
            <ReferralOrigin studentId={s.id} />
            <CaseActions student={s} />
            <KitPanel student={s} />
            <GuardiansPanel studentId={s.id} />
            <ConsentPanel studentId={s.id} />
            <SchoolUpdatesPanel student={s} />
            <SurveysPanel student={s} />
            <HandOffsPanel studentId={s.id} />
            {isLead && <PrivacyPanel student={s} />}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="contacts"><ContactsPanel studentId={s.id} /></Tabs.Panel>
        <Tabs.Panel value="intake"><IntakePanel studentId={s.id} /></Tabs.Panel>
        <Tabs.Panel value="preparation"><PreparationPanel studentId={s.id} /></Tabs.Panel>
        <Tabs.Panel value="places"><PlacesTab studentId={s.id} /></Tabs.Panel>
        <Tabs.Panel value="files"><FilesPanel studentId={s.id} /></Tabs.Panel>
        <Tabs.Panel value="timeline"><TimelinePanel studentId={s.id} /></Tabs.Panel>
      </Tabs>
    </>
  );
}
