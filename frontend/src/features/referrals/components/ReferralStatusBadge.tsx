import { Badge } from '@mantine/core';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';

const COLOR: Record<Schemas['ReferralStatus'], string> = {
  SUBMITTED: 'blue',
  WAITLISTED: 'yellow',
  ACCEPTED: 'green',
  DECLINED: 'red',
  WITHDRAWN: 'gray',
};

export function ReferralStatusBadge({ status }: { status: Schemas['ReferralStatus'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="light" c="dark" tt="none" size="md">
      {t(`referrals.status.${status}`)}
    </Badge>
  );
}
