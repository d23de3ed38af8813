import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from '@/shared/i18n';
import { ApiError } from '@/shared/api/client';
import { useConfirmSignUp } from '../api/sign-up';
import { PublicShell } from './SignUpPage';

/** The link from the e-mail. A button, not an automatic call: mail scanners that open links do not sign anybody up. */
export function ConfirmSignUpPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const confirm = useConfirmSignUp();
  if (confirm.isSuccess) {
    const c = confirm.data;
    return (
      <PublicShell>
        <Stack>
          <Title order={1} size="h2">{c.alreadyConfirmed ? t('signUp.alreadyTitle') : t('signUp.confirmedTitle', { name: c.firstName })}</Title>
          <Text size="lg">{c.alreadyConfirmed ? t('signUp.alreadyText') : t('signUp.confirmedText', { organisation: c.organisationName })}</Text>
        </Stack>
      </PublicShell>
    );
  }
  const error = confirm.error;
  return (
    <PublicShell>
      <Stack>
        <Title order={1} size="h2">{t('signUp.confirmTitle')}</Title>
        <Text size="lg">{t('signUp.confirmText')}</Text>
        {error && (
          <Alert color="orange" role="alert">
            {error instanceof ApiError && error.status === 410 ? t('signUp.linkExpired') : t('signUp.linkInvalid')}
          </Alert>
        )}
        <Button size="lg" loading={confirm.isPending} onClick={() => confirm.mutate(token)}>{t('signUp.confirm')}</Button>
      </Stack>
    </PublicShell>
  );
}
