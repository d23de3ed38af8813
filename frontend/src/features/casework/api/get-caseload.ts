import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';

export const caseloadQuery = queryOptions({
  queryKey: queryKeys.caseload,
  queryFn: async () => unwrap(await api.GET('/api/v1/caseload')),
  refetchInterval: 120_000,
});

export const useCaseload = () => useQuery(caseloadQuery);
