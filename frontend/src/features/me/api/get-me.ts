import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';

export const meQuery = queryOptions({
  queryKey: queryKeys.me,
  queryFn: async () => unwrap(await api.GET('/api/v1/me')),
  staleTime: 5 * 60_000,
});

export const useMe = () => useQuery(meQuery);

export type Role = 'broker' | 'lead' | 'mentor' | 'employer' | 'integration';

/** The role that decides the home page and menu; a user has one in practice. */
export function primaryRole(roles: string[]): Role | undefined {
  const order: Role[] = ['lead', 'broker', 'mentor', 'employer', 'integration'];
  return order.find((r) => roles.includes(r));
}
