import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from '@/shared/i18n';
import { Link } from 'wouter';
import type { Schemas } from '@/shared/api/client';
import { PageHeader } from '@/shared/ui/PageHeader';
import { formatDate } from '@/shared/ui/format';
import { usePlacements } from '../api/placements';
import { PlacementActions } from './PlacementActions';

const COLUMNS: Schemas['PlacementStatus'][] = ['PROPOSED', 'INTERVIEW', 'ACCEPTED', 'ACTIVE'];

function Column({ status }: { status: Schemas['PlacementStatus'] }) {
  const { t, i18n } = useTranslation();
  const list = usePlacements({ status, size: 100 });
  return (
    <Stack gap="xs" component="section" aria-labelledby={`col-${status}`}>
      <Title order={3} size="h5" id={`col-${status}`}>
        {t(`placements.status.${status}`)} ({list.data?.total ?? '…'})
      </Title>
      {list.data?.items.map((p) => (
        <Card key={p.id} withBorder padding="sm">
          <Anchor component={Link} to={`/students/${p.studentId}?tab=places`} fw={600}>{p.studentName}</Anchor>
          <Text size="sm">{p.employerName}{p.placeTitle ? ` · ${p.placeTitle}` : ''}</Text>
          {p.startDate && <Text size="xs" c="dimmed">{t('placements.startDate')} {formatDate(p.startDate, i18n.language)}</Text>}
          <Stack mt={6}><PlacementActions placement={p} /></Stack>
        </Card>
      ))}
    </Stack>
  );
}

/** The organisation's placements by state: who is proposed, interviewing, accepted, and in an internship. */
export function PlacementBoardPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('placements.boardTitle')} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        {COLUMNS.map((s) => <Column key={s} status={s} />)}
      </SimpleGrid>
    </>
  );
}
