import { Alert } from '@mantine/core';
import { useTranslation } from '@/shared/i18n';
import { ApiError } from '@/shared/api/client';

/** Shows a failed load in words the user understands; 404 reads as "not found", never a stack trace. */
export function QueryError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 404) {
    return (
      <Alert color="gray" title={t('common.notFound')} role="alert">
        {t('common.notFoundText')}
      </Alert>
    );
  }
  const status = error instanceof ApiError ? String(error.status) : undefined;
  return (
    <Alert color="red" title={t('errors.unknown')} role="alert">
      {status ? t(`errors.status.${status}`, { defaultValue: t('errors.unknown') }) : t('errors.network')}
    </Alert>
  );
}
