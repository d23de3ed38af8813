import { Alert, Button } from '@mantine/core';
import { useTranslation } from '@/shared/i18n';

/** Shown when a save met 412: someone else changed the record; reload and enter the change again. */
export function StaleAlert({ message, onReload }: { message: string; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" role="alert" mb="md">
      {message}{' '}
      <Button size="xs" variant="white" onClick={onReload}>
        {t('students.reload')}
      </Button>
    </Alert>
  );
}
