import { useEffect, type ReactNode } from 'react';
import { useAuth } from 'react-oidc-context';
import { Center, Alert, Button, Stack } from '@mantine/core';
import { Busy } from '@/shared/ui/PageLoader';
import { useTranslation } from 'react-i18next';
import { setAccessTokenSource } from '@/shared/api/client';

/**
 * Sends anonymous visitors to the Keycloak login page and keeps the API client's token current.
 * Renders the app whenever a user is present, also during silent renew, so page state survives.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const { t } = useTranslation();
  const token = auth.user?.access_token;

  useEffect(() => {
    setAccessTokenSource(() => token);
  }, [token]);
  // The source must be set before children render their first query.
  setAccessTokenSource(() => token);

  const mustLogIn = !auth.isAuthenticated && !auth.isLoading && !auth.activeNavigator && !auth.error;
  useEffect(() => {
    if (mustLogIn) void auth.signinRedirect({ state: window.location.pathname + window.location.search });
  }, [mustLogIn, auth]);

  if (auth.isAuthenticated) return <>{children}</>;
  if (auth.error) {
    return (
      <Center h="100vh" p="md">
        <Stack maw={420}>
          <Alert color="red" title={t('auth.failed')} role="alert">
            {auth.error.message}
          </Alert>
          <Button onClick={() => void auth.signinRedirect()}>{t('auth.retry')}</Button>
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
