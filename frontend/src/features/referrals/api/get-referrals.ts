import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import type { paths } from '@/shared/api/schema';

export type ReferralFilters = NonNullable<paths['/api/v1/referrals']['get']['parameters']['query']>;

export const referralsQuery = (filters: ReferralFilters) =>
  queryOptions({
    queryKey: ['referrals', 'list', filters],
    queryFn: async () => unwrap(await api.GET('/api/v1/referrals', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  });

export const useReferrals = (filters: ReferralFilters) => useQuery(referralsQuery(filters));
