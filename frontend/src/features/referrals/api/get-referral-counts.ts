import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';

export const referralCountsQuery = queryOptions({
  queryKey: queryKeys.referrals.counts(),
  queryFn: async () => unwrap(await api.GET('/api/v1/referrals/counts')),
  refetchInterval: 120_000,
});

export const useReferralCounts = (enabled = true) => useQuery({ ...referralCountsQuery, enabled });
