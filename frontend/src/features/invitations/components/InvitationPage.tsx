import { Alert, Button, Card, Center, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { ApiError } from '@/shared/api/client';
import { FormProblem, useServerForm } from '@/shared/forms/action-form';
import { PageLoader } from '@/shared/ui/PageLoader';
import { useAcceptInvitation, useInvitation } from '../api/invitation';

const MIN = 10;

/** Reached from the invitation e-mail, before the person has an account: choose a password, then log in. */
export function InvitationPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation(token);
  const { form, problem, busy, submit } = useServerForm({
    serverFields: ['password'],
    initialValues: { password: '', repeat: '' },
    validate: {
      password: (v) => (v.length < MIN ? t('invitation.tooShort') : null),
      repeat: (v, all) => (v !== all.password ? t('invitation.mismatch') : null),
    },
  });
  // An invitation that is used, expired or revoked is simply invalid; said so rather than the technical reason.
  const [invalid, setInvalid] = useState(false);
  const save = submit(async (v) => {
    try {
      await accept.mutateAsync(v.password);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) return setInvalid(true);
      throw e;
    }
  });

  return (
    <Center mih="100vh" p="md" component="main">
      <Card withBorder maw={460} w="100%" p="lg">
        <Stack>
          <Title order={1} size="h3">{t('invitation.title')}</Title>
          {invitation.isPending && <PageLoader />}
          {(invitation.isError || invalid) && <Alert color="red" role="alert">{t('invitation.invalid')}</Alert>}
          {invitation.data && accept.isSuccess && (
            <>
              <Alert color="green" role="status">{t('invitation.done')}</Alert>
              <Button onClick={() => window.location.assign('/')}>{t('invitation.login')}</Button>
            </>
          )}
          {invitation.data && !accept.isSuccess && (
            <form onSubmit={save} noValidate>
              <Stack>
                <Text>{t('invitation.intro', { name: invitation.data.firstName, employer: invitation.data.employerName })}</Text>
                <Text size="sm">{t('invitation.account', { email: invitation.data.email })}</Text>
                <FormProblem problem={problem} />
                <PasswordInput label={t('invitation.password')} required autoComplete="new-password" {...form.getInputProps('password')} />
                <PasswordInput label={t('invitation.repeat')} required autoComplete="new-password" {...form.getInputProps('repeat')} />
                <Button type="submit" loading={busy}>{t('invitation.submit')}</Button>
              </Stack>
            </form>
          )}
        </Stack>
      </Card>
    </Center>
  );
}
