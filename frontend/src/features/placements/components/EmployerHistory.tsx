import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from '@/shared/i18n';
import { Link } from 'wouter';
import type { Schemas } from '@/shared/api/client';
import { usePersonName } from '@/shared/api/people';
import { formatDate } from '@/shared/ui/format';
import { useEmployerOutreach } from '../api/outreach';
import { usePlacements } from '../api/placements';

const HOSTED: Schemas['PlacementStatus'][] = ['ACTIVE', 'COMPLETED', 'ENDED_EARLY'];

/** Proposals and placements at the employer (with whether it hosts again and again) and every approach for a student. */
export function EmployerHistory({ employerId }: { employerId: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const placements = usePlacements({ employerId, size: 100 });
  const outreach = useEmployerOutreach(employerId);
  const personName = usePersonName();
  const items = placements.data?.items ?? [];
  const hosted = items.filter((p) => HOSTED.includes(p.status)).length;

  return (
    <>
      <Card withBorder>
        <Group justify="space-between" mb="sm" wrap="wrap">
          <Text fw={600} component="h3" m={0}>{t('employers.history.placements')}</Text>
          {placements.data && (
            <Badge variant="light" c="dark" tt="none" color={hosted >= 2 ? 'green' : 'gray'} data-testid="host-badge">
              {hosted >= 2 ? t('employers.history.repeatHost', { count: hosted }) : t('employers.history.hosted', { count: hosted })}
            </Badge>
          )}
        </Group>
        {placements.data && items.length === 0 && <Text size="sm">{t('employers.history.noPlacements')}</Text>}
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((p) => (
            <li key={p.id} data-testid="employer-placement">
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={`/students/${p.studentId}?tab=places`} fw={600} size="sm">{p.studentName}</Anchor>
                <Badge size="sm" variant="light" c="dark" tt="none">{t(`placements.status.${p.status}`)}</Badge>
                {p.type !== 'EXTERNAL' && <Badge size="sm" variant="outline" c="dark" tt="none">{t(`placements.type.${p.type}`)}</Badge>}
              </Group>
              <Text size="xs" c="dimmed">
                {[p.placeTitle, p.startDate && `${t('placements.from')} ${formatDate(p.startDate, lng)}`,
                  p.endDate && `${t('placements.until')} ${formatDate(p.endDate, lng)}`].filter(Boolean).join(' · ')}
              </Text>
            </li>
          ))}
        </Stack>
      </Card>
      <Card withBorder>
        <Text fw={600} component="h3" m={0} mb="sm">{t('employers.history.outreach')}</Text>
        {outreach.data && outreach.data.items.length === 0 && <Text size="sm">{t('employers.history.noOutreach')}</Text>}
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {outreach.data?.items.map((o, i) => (
            <Text key={`${o.studentId}-${o.approachedOn}-${i}`} size="sm" component="li">
              {formatDate(o.approachedOn, lng)} · <Anchor component={Link} to={`/students/${o.studentId}?tab=places`}>{o.studentName}</Anchor>
              {' · '}{t(`placements.outreach.results.${o.result}`)} · {personName(o.broker)}
            </Text>
          ))}
        </Stack>
      </Card>
    </>
  );
}
