import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';

export const referralQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.referrals.detail(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/referrals/{id}', { params: { path: { id } } })),
  });

export const useReferral = (id: string) => useQuery(referralQuery(id));
