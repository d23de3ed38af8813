import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';

export const referralTargetsQuery = queryOptions({
  queryKey: queryKeys.referrals.targets(),
  queryFn: async () => unwrap(await api.GET('/api/v1/referral-targets')),
  staleTime: 10 * 60_000,
});

export const useReferralTargets = () => useQuery(referralTargetsQuery);
