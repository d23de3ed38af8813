import { Alert } from '@mantine/core';
import { useTranslation } from '@/shared/i18n';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Alert color="gray" title={t('common.notFound')} role="alert" maw={640}>
      {t('common.notFoundText')}
    </Alert>
  );
}
