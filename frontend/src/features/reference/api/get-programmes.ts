import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';

export const programmesQuery = queryOptions({
  queryKey: queryKeys.programmes,
  queryFn: async () => unwrap(await api.GET('/api/v1/programmes', { params: { query: { size: 100 } } })).items,
  staleTime: 10 * 60_000,
});

export const useProgrammes = () => useQuery(programmesQuery);
