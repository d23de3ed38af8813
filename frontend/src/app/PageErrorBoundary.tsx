import { Alert, Button, Stack, Text } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import i18n from '@/shared/i18n';

type State = { failed: boolean };

/**
 * A page that throws while rendering shows a message with a way out instead of a blank screen; the rest of the app
 * and its navigation keep working (the boundary sits in the shell), and going to another page starts afresh (keyed
 * by the path).
 */
class Boundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Alert color="red" title={i18n.t('common.unexpected')} role="alert" maw={640} m="md">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{i18n.t('common.unexpectedText')}</Text>
          <Button variant="light" onClick={() => window.location.reload()}>
            {i18n.t('common.reload')}
          </Button>
        </Stack>
      </Alert>
    );
  }
}

export function PageErrorBoundary({ children }: { children: ReactNode }) {
  const [pathname] = useLocation();
  return <Boundary key={pathname}>{children}</Boundary>;
}
