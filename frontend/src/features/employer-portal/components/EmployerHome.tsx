import { Alert, Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/shared/ui/PageHeader';

/** Placeholder for the employer portal; candidates, interns and places follow (issue 6). */
export function EmployerHome() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('employerPortal.title')} />
      <Card withBorder maw={640}>
        <Stack>
          <Text>{t('employerPortal.intro')}</Text>
          <Alert color="blue" variant="light">
            {t('employerPortal.soon')}
          </Alert>
        </Stack>
      </Card>
    </>
  );
}
