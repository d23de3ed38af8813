import { Button, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'wouter';

/**
 * The page's h2 (the app name is the h1) with actions on the right, wrapping on a phone. `create` is the
 * page's main "new …" link.
 */
export function PageHeader({ title, actions, create }: {
  title: ReactNode;
  actions?: ReactNode;
  create?: { to: string; label: string };
}) {
  return (
    <Group justify="space-between" mb="md" gap="sm">
      <Title order={2}>{title}</Title>
      {(actions || create) && (
        <Group gap="xs">
          {actions}
          {create && <Button component={Link} to={create.to}>{create.label}</Button>}
        </Group>
      )}
    </Group>
  );
}
