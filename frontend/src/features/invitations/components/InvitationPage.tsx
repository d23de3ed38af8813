import { Alert, Button, Card, Center, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/shared/api/client';
import { PageLoader } from '@/shared/ui/PageLoader';
import { useAcceptInvitation, useInvitation } from '../api/invitation';

const MIN = 10;

/** Reached from the invitation e-mail, before the person has an account: choose a password, then log in. */
export function InvitationPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation(token);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string>();

  const submit = async () => {
    if (password.length < MIN) return setError(t('invitation.tooShort'));
    if (password !== repeat) return setError(t('invitation.mismatch'));
    try {
      await accept.mutateAsync(password);
      setError(undefined);
    } catch (e) {
      setError(e instanceof ApiError && e.status === 404 ? t('invitation.invalid')
        : e instanceof ApiError ? (e.problem?.errors?.[0]?.message ?? e.message) : t('errors.network'));
    }
  };

  return (
    <Center mih="100vh" p="md" component="main">
      <Card withBorder maw={460} w="100%" p="lg">
        <Stack>
          <Title order={1} size="h3">{t('invitation.title')}</Title>
          {invitation.isPending && <PageLoader />}
          {invitation.isError && <Alert color="red" role="alert">{t('invitation.invalid')}</Alert>}
          {invitation.data && accept.isSuccess && (
            <>
              <Alert color="green" role="status">{t('invitation.done')}</Alert>
              <Button onClick={() => window.location.assign('/')}>{t('invitation.login')}</Button>
            </>
          )}
          {invitation.data && !accept.isSuccess && (
            <Stack component="form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
              <Text>{t('invitation.intro', { name: invitation.data.firstName, employer: invitation.data.employerName })}</Text>
              <Text size="sm">{t('invitation.account', { email: invitation.data.email })}</Text>
              {error && <Alert color="red" role="alert">{error}</Alert>}
              <PasswordInput label={t('invitation.password')} required autoComplete="new-password" value={password}
                onChange={(e) => setPassword(e.currentTarget.value)} />
              <PasswordInput label={t('invitation.repeat')} required autoComplete="new-password" value={repeat}
                onChange={(e) => setRepeat(e.currentTarget.value)} />
              <Button type="submit" loading={accept.isPending}>{t('invitation.submit')}</Button>
            </Stack>
          )}
        </Stack>
      </Card>
    </Center>
  );
}
