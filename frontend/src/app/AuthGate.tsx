import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { Center, Alert, Button, Stack } from '@mantine/core';
import { Busy } from '@/shared/ui/PageLoader';
import { useTranslation } from '@/shared/i18n';
import { setAccessTokenSource } from '@/shared/api/client';
import { currentSession, signIn, startSession, subscribe } from '@/shared/auth/session';
import { config } from './config';

/**
 * Sends anonymous visitors to the Keycloak login page and keeps the API client's token current.
 * Renders the app whenever a user is present, also during a renewal, so page state survives.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  startSession({ authority: config.oidcAuthority, clientId: config.oidcClientId });
  const session = useSyncExternalStore(subscribe, currentSession);
  const { t } = useTranslation();
  const token = session.status === 'signedIn' ? session.accessToken : undefined;

  useEffect(() => {
    setAccessTokenSource(() => token);
  }, [token]);
  // The source must be set before children render their first query.
  setAccessTokenSource(() => token);

  if (session.status === 'signedIn') return <>{children}</>;
  if (session.status === 'failed') {
    return (
      <Center h="100vh" p="md">
        <Stack maw={420}>
          <Alert color="red" title={t('auth.failed')} role="alert">
            {session.message}
          </Alert>
          <Button onClick={() => void signIn('/')}>{t('auth.retry')}</Button>
        </Stack>
      </Center>
    );
  }
  return (
    <Center h="100vh">
      <Busy />
    </Center>
  );
}
