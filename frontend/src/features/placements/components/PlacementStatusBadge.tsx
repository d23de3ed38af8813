import { Badge } from '@mantine/core';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';

const COLOR: Record<Schemas['PlacementStatus'], string> = {
  PROPOSED: 'blue', INTERVIEW: 'cyan', ACCEPTED: 'green', DECLINED: 'red', WITHDRAWN: 'gray', ACTIVE: 'teal',
  COMPLETED: 'green', ENDED_EARLY: 'orange',
};

export function PlacementStatusBadge({ status }: { status: Schemas['PlacementStatus'] }) {
  const { t } = useTranslation();
  return <Badge color={COLOR[status]} variant="light" c="dark" tt="none">{t(`placements.status.${status}`)}</Badge>;
}
