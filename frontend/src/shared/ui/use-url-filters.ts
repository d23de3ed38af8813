import { useSearchParams } from 'wouter';

/**
 * A list's filters and page kept in the address, so back, reload and a shared link keep them. Changing a filter
 * goes back to the first page.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  return { params, set, page: Number(params.get('page') ?? '1') };
}
