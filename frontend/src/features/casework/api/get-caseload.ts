import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';

export const caseloadQuery = queryOptions({
  queryKey: ['caseload'],
  queryFn: async () => unwrap(await api.GET('/api/v1/caseload')),
  refetchInterval: 120_000,
});

export const useCaseload = () => useQuery(caseloadQuery);
