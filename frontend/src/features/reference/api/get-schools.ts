import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';

export const schoolsQuery = queryOptions({
  queryKey: queryKeys.schools,
  queryFn: async () => unwrap(await api.GET('/api/v1/schools', { params: { query: { size: 100 } } })).items,
  staleTime: 10 * 60_000,
});

export const useSchools = () => useQuery(schoolsQuery);
