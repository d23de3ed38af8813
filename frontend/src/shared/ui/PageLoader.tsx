import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from '@/shared/i18n';

/**
 * A loading state announced as a status with a text; the spinner itself is decoration. (Mantine's Loader
 * with an aria-label puts that attribute on an element that may not carry it.)
 */
export function Busy() {
  const { t } = useTranslation();
  return (
    <div role="status" data-busy="">
      <Loader aria-hidden="true" />
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
    </div>
  );
}

export function PageLoader() {
  return (
    <Center py="xl">
      <Busy />
    </Center>
  );
}
