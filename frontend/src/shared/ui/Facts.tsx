import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from '@/shared/i18n';

/** Label–value pairs as a description list: two columns from a tablet up (or one, `stacked`), one on a phone. */
export function Facts({ stacked, children }: { stacked?: boolean; children: ReactNode }) {
  return stacked
    ? <Stack gap="xs" component="dl" m={0}>{children}</Stack>
    : <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>{children}</SimpleGrid>;
}

/** One pair; an empty value shows a dash. */
export function Fact({ label, children }: { label: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">{label}</Text>
      <Text component="dd" m={0}>{children === null || children === undefined || children === '' ? t('common.none') : children}</Text>
    </div>
  );
}
