import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';

/** The network's employers by name, for pickers (the first hundred; the picker searches them). */
export const useEmployerOptions = (enabled = true) =>
  useQuery({
    queryKey: queryKeys.employers.options(),
    queryFn: async () => unwrap(await api.GET('/api/v1/employers', { params: { query: { size: 100 } } })).items,
    enabled,
    staleTime: 60_000,
  });
