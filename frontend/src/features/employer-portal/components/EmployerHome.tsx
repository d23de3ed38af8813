import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from '@/shared/i18n';
import { Link } from 'wouter';
import { useMe } from '@/features/me/api/get-me';
import { PageHeader } from '@/shared/ui/PageHeader';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { formatDate } from '@/shared/ui/format';
import { usePortalPlaces } from '../api/company';
import { useCandidates, useInterns, type PortalPlacement } from '../api/placements';
import { PortalStatusBadge } from './PortalStatusBadge';

function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <Card withBorder data-testid={testId}>
      <Title order={3} size="h4" mb="sm">{title}</Title>
      {children}
    </Card>
  );
}

/** One person: first name, what they learn, and the one click to their page. */
function PersonRow({ p }: { p: PortalPlacement }) {
  const { t, i18n } = useTranslation();
  const when = p.status === 'INTERVIEW' && p.interviewAt
    ? t('employerPortal.interviewAt', { date: formatDate(p.interviewAt, i18n.language) })
    : p.startDate ? t('employerPortal.startsOn', { date: formatDate(p.startDate, i18n.language) }) : undefined;
  return (
    <Group component="li" justify="space-between" wrap="nowrap" gap="sm">
      <Stack gap={2}>
        <Group gap={6}>
          <Text fw={700}>{p.firstName}</Text>
          <PortalStatusBadge status={p.status} />
        </Group>
        <Text size="sm">
          {[p.programme, p.level ? t('employerPortal.level', { level: p.level }) : null].filter(Boolean).join(', ')}
          {p.placeTitle ? ` · ${p.placeTitle}` : ''}
        </Text>
        {when && <Text size="sm">{when}</Text>}
      </Stack>
      <Button component={Link} to={`/employer-portal/placements/${p.id}`} variant="light" size="sm" style={{ flexShrink: 0 }}
        aria-label={`${t('employerPortal.view')}: ${p.firstName}`}>
        {t('employerPortal.view')}
      </Button>
    </Group>
  );
}

function People({ items, empty }: { items: PortalPlacement[]; empty: string }) {
  if (items.length === 0) return <Text size="sm">{empty}</Text>;
  return (
    <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((p) => <PersonRow key={p.id} p={p} />)}
    </Stack>
  );
}

/** For someone who logs in twice a month: new candidates, interns and places, each one click away. */
export function EmployerHome() {
  const { t } = useTranslation();
  const me = useMe();
  const candidates = useCandidates();
  const interns = useInterns();
  const places = usePortalPlaces();
  if (candidates.isPending || interns.isPending) return <PageLoader />;
  if (candidates.isError) return <QueryError error={candidates.error} />;
  if (interns.isError) return <QueryError error={interns.error} />;
  const current = interns.data.items.filter((p) => p.status === 'ACCEPTED' || p.status === 'ACTIVE');
  const open = places.data?.items.filter((p) => p.status === 'OPEN').length ?? 0;

  return (
    <>
      <PageHeader title={me.data ? t('employerPortal.welcome', { name: me.data.name }) : t('employerPortal.title')} />
      <Text mb="md">{t('employerPortal.intro')}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Section title={t('employerPortal.candidates')} testId="candidates">
          <People items={candidates.data.items} empty={t('employerPortal.noCandidates')} />
        </Section>
        <Section title={t('employerPortal.interns')} testId="interns">
          <People items={current} empty={t('employerPortal.noInterns')} />
        </Section>
        <Section title={t('employerPortal.places')} testId="places">
          <Stack gap="xs" align="flex-start">
            <Badge variant="light" size="lg" c="dark" tt="none">{t('employerPortal.placesOpen', { count: open })}</Badge>
            <Anchor component={Link} to="/employer-portal/places" fw={600}>{t('employerPortal.managePlaces')}</Anchor>
            <Anchor component={Link} to="/employer-portal/profile">{t('employerPortal.profile')}</Anchor>
          </Stack>
        </Section>
      </SimpleGrid>
    </>
  );
}
