import { useQuery } from '@tanstack/react-query';
import { listQuery } from '@/shared/api/queries';
import type { paths } from '@/shared/api/schema';
import { queryKeys } from '@/shared/api/query-keys';

export type ReferralFilters = NonNullable<paths['/api/v1/referrals']['get']['parameters']['query']>;

export const referralsQuery = (filters: ReferralFilters) => listQuery(queryKeys.referrals.list(filters), '/api/v1/referrals', filters);

export const useReferrals = (filters: ReferralFilters) => useQuery(referralsQuery(filters));
