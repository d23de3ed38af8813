import { Anchor, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from '@/shared/i18n';
import { Link, useParams } from 'wouter';
import { ApiError } from '@/shared/api/client';
import { PageHeader } from '@/shared/ui/PageHeader';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { formatDate, formatDateTime } from '@/shared/ui/format';
import { downloadCv, usePortalPlacement } from '../api/placements';
import { CandidateActions } from './CandidateActions';
import { EvaluationPanel, HoursPanel, ReportPanel } from './InternPanels';
import { PortalStatusBadge } from './PortalStatusBadge';

/** A candidate or intern: what the student agreed to share, the broker to call, and what to do next. */
export function PortalPlacementPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const query = usePortalPlacement(id);
  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    // Gone is an answer, not an error: the proposal ended, and with it what the student agreed to share.
    if (query.error instanceof ApiError && query.error.status === 404) {
      return (
        <>
          <Anchor component={Link} to="/employer-portal" size="sm">← {t('employerPortal.title')}</Anchor>
          <PageHeader title={t('employerPortal.noLongerAvailable')} />
          <Text>{t('employerPortal.noLongerAvailableText')}</Text>
        </>
      );
    }
    return <QueryError error={query.error} />;
  }
  const { data: p, etag } = query.data;
  const lng = i18n.language;
  const candidate = p.status === 'PROPOSED' || p.status === 'INTERVIEW';
  const running = p.status === 'ACCEPTED' || p.status === 'ACTIVE';
  const started = p.status === 'ACTIVE' || p.status === 'COMPLETED' || p.status === 'ENDED_EARLY';

  return (
    <>
      <Anchor component={Link} to="/employer-portal" size="sm">← {t('employerPortal.title')}</Anchor>
      <PageHeader title={<Group gap="sm" component="span">{p.firstName} <PortalStatusBadge status={p.status} /></Group>} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Card withBorder>
              <Title order={3} size="h4" mb="xs">{t('employerPortal.aboutCandidate', { name: p.firstName })}</Title>
              <Text fw={600}>
                {[p.programme, p.level ? t('employerPortal.level', { level: p.level }) : null].filter(Boolean).join(', ')}
              </Text>
              {p.placeTitle && <Text size="sm">{t('employerPortal.forPlace', { title: p.placeTitle })}</Text>}
              {p.interviewAt && <Text size="sm">{t('employerPortal.interviewAt', { date: formatDateTime(p.interviewAt, lng) })}</Text>}
              {p.startDate && <Text size="sm">{t('employerPortal.startsOn', { date: formatDate(p.startDate, lng) })}</Text>}
              {p.profile && <Text mt="sm" style={{ whiteSpace: 'pre-wrap' }}>{p.profile}</Text>}
              {p.strengths && (
                <>
                  <Title order={4} size="h6" mt="sm">{t('employerPortal.strengths')}</Title>
                  <Text>{p.strengths}</Text>
                </>
              )}
              {p.supportToMention && (
                <>
                  <Title order={4} size="h6" mt="sm">{t('employerPortal.support', { name: p.firstName })}</Title>
                  <Text>{p.supportToMention}</Text>
                </>
              )}
              {p.hasCv && <Button variant="light" mt="sm" onClick={() => void downloadCv(p.id)}>{t('employerPortal.cv')}</Button>}
              <Text size="xs" mt="sm">{t('employerPortal.shareNote')}</Text>
            </Card>
            {candidate && <CandidateActions p={p} />}
            {running && <ReportPanel p={p} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            {p.broker && (
              <Card withBorder>
                <Title order={3} size="h4" mb="xs">{t('employerPortal.broker')}</Title>
                <Text fw={600}>{p.broker.name}</Text>
                {p.broker.email && (
                  <Anchor href={`mailto:${p.broker.email}`}>{t('employerPortal.mailBroker', { name: p.broker.name })}</Anchor>
                )}
              </Card>
            )}
            {started && <HoursPanel p={p} etag={etag} />}
            {started && <EvaluationPanel p={p} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
