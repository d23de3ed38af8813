import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from '@/shared/i18n';
import { Link } from 'wouter';
import type { Schemas } from '@/shared/api/client';
import { formatDateTime } from '@/shared/ui/format';
import { useAcknowledgeSignal } from '../api/signals';

/** Employers' concerns and dropout risks, on top of the dashboard until a broker has seen them. */
export function SignalsPanel({ signals }: { signals: Schemas['Signal'][] }) {
  const { t, i18n } = useTranslation();
  const ack = useAcknowledgeSignal();
  if (signals.length === 0) return null;
  return (
    <Alert color="orange" variant="light" data-testid="signals" title={<Title order={3} size="h5" c="dark">{t('signals.title')}</Title>}>
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {signals.map((s) => (
          <Group key={s.checkInId} component="li" justify="space-between" wrap="nowrap" align="flex-start">
            <div>
              <Group gap={6}>
                <Anchor component={Link} to={`/students/${s.studentId}`} fw={700}>{s.studentName}</Anchor>
                <Badge color={s.signal === 'AT_RISK' ? 'red' : 'orange'} variant="outline" c="dark" tt="none">{t(`signals.kind.${s.signal}`)}</Badge>
              </Group>
              <Text size="sm">{t('signals.from', { employer: s.employerName, date: formatDateTime(s.reportedAt, i18n.language) })}</Text>
              {s.note && <Text size="sm">“{s.note}”</Text>}
            </div>
            <Button size="xs" variant="white" style={{ flexShrink: 0 }} loading={ack.isPending && ack.variables === s.checkInId}
              aria-label={t('signals.seenFor', { name: s.studentName })} onClick={() => ack.mutate(s.checkInId)}>
              {t('signals.seen')}
            </Button>
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
