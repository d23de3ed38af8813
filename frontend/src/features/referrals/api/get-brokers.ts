import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';

export const brokersQuery = queryOptions({
  queryKey: queryKeys.brokers,
  queryFn: async () => unwrap(await api.GET('/api/v1/staff/brokers')),
  staleTime: 5 * 60_000,
});

export const useBrokers = () => useQuery(brokersQuery);
