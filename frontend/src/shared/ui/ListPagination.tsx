import { Group, Pagination } from '@mantine/core';
import { useTranslation } from '@/shared/i18n';

/** Page controls under a list (1-based); hidden when everything fits on one page. */
export function ListPagination({ total, pageSize, page, onChange }: {
  total: number;
  pageSize: number;
  page: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  if (total <= pageSize) return null;
  return (
    <Group justify="center" mt="md">
      <Pagination
        total={Math.ceil(total / pageSize)}
        value={page}
        onChange={onChange}
        // Mantine labels the arrow controls with English words; name them in the user's language.
        getControlProps={(control) => ({ 'aria-label': t(`common.pageControl.${control}`) })}
      />
    </Group>
  );
}
