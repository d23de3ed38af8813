import { Stack, Text, Timeline } from '@mantine/core';
import { usePersonName } from '@/shared/api/people';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { ListPagination } from '@/shared/ui/ListPagination';
import { formatDateTime } from '@/shared/ui/format';
import { useTimeline } from '../api/timeline';

export function TimelinePanel({ studentId }: { studentId: string }) {
  const { t, i18n } = useTranslation();
  const personName = usePersonName();
  const [page, setPage] = useState(1);
  const timeline = useTimeline(studentId, page - 1);
  const data = timeline.data;
  if (data && data.total === 0) return <Text size="sm">{t('casework.noTimeline')}</Text>;
  return (
    <Stack maw={720}>
      <Timeline bulletSize={14} lineWidth={2}>
        {data?.items.map((e) => (
          <Timeline.Item key={e.id} title={t(`casework.timelineKinds.${e.kind}`)}>
            {e.detail && <Text size="sm">{e.detail}</Text>}
            {e.reason && <Text size="sm" fs="italic">{e.reason}</Text>}
            <Text size="xs" c="dimmed">{formatDateTime(e.occurredAt, i18n.language)} · {personName(e.actor)}</Text>
          </Timeline.Item>
        ))}
      </Timeline>
      {data && <ListPagination total={data.total} pageSize={data.size} page={page} onChange={setPage} />}
    </Stack>
  );
}
