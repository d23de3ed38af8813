import { Alert, Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/features/me/api/get-me';
import { PageHeader } from '@/shared/ui/PageHeader';

/** Placeholder for the mentor's area; the referral form and "Mijn aanmeldingen" follow (issue 3). */
export function MentorHome() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <PageHeader title={t('mentor.title')} />
      <Card withBorder maw={640}>
        <Stack>
          <Text>{t('mentor.intro')}</Text>
          {me.data?.school && <Text fw={600}>{t('mentor.school', { school: me.data.school.name })}</Text>}
          <Alert color="blue" variant="light">
            {t('mentor.soon')}
          </Alert>
        </Stack>
      </Card>
    </>
  );
}
