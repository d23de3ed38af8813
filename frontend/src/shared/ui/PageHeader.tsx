import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The page's h2 (the app name is the h1) with actions on the right, wrapping on a phone. */
export function PageHeader({ title, actions }: { title: ReactNode; actions?: ReactNode }) {
  return (
    <Group justify="space-between" mb="md" gap="sm">
      <Title order={2}>{title}</Title>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
}
