import { Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { usePersonName } from '@/shared/api/people';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';
import { formatDate } from '@/shared/ui/format';
import { usePreparation, useSetPreparationItem } from '../api/preparation';

const STATUSES: Schemas['PreparationStatus'][] = ['OPEN', 'IN_PROGRESS', 'DONE'];

/** The standard kit, one tap per item. */
export function PreparationPanel({ studentId }: { studentId: string }) {
  const { t, i18n } = useTranslation();
  const personName = usePersonName();
  const items = usePreparation(studentId);
  const set = useSetPreparationItem(studentId);
  return (
    <Stack maw={720} gap="xs">
      {items.data?.map((i) => { const vog = i.item === 'CERTIFICATE_OF_CONDUCT'; return (
        <Card key={i.item} withBorder padding="sm">
          <Group justify="space-between" gap="xs">
            <div>
              <Text fw={600} id={`prep-${i.item}`}>{t(`casework.items.${i.item}`)}</Text>
              {i.askedBy && <Text size="sm">{t('casework.vogAskedBy', { by: i.askedBy })}</Text>}
              {i.changedAt && <Text size="xs" c="dimmed">{formatDate(i.changedAt, i18n.language)} · {personName(i.changedBy)}</Text>}
              {vog && <Text size="xs" c="dimmed">{t('casework.vogNoCopy')}</Text>}
            </div>
            <SegmentedControl
              size="xs"
              aria-labelledby={`prep-${i.item}`}
              value={i.status}
              onChange={(status) => set.mutate({ item: i.item, status: status as Schemas['PreparationStatus'] })}
              data={STATUSES.map((s) => ({ value: s, label: t(vog ? `casework.vogStatus.${s}` : `casework.itemStatus.${s}`) }))}
            />
          </Group>
        </Card>
      ); })}
    </Stack>
  );
}
