import { Badge } from '@mantine/core';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';

const COLOR: Record<Schemas['PlacementStatus'], string> = {
  PROPOSED: 'blue', INTERVIEW: 'violet', ACCEPTED: 'teal', ACTIVE: 'green', COMPLETED: 'gray',
  DECLINED: 'gray', WITHDRAWN: 'gray', ENDED_EARLY: 'orange',
};

export function PortalStatusBadge({ status }: { status: Schemas['PlacementStatus'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="light" c="dark" tt="none">
      {t(`employerPortal.status.${status}`)}
    </Badge>
  );
}
