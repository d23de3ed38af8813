import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, unwrap } from './client';
import { queryKeys } from './query-keys';

export const staffQuery = queryOptions({
  queryKey: queryKeys.staff,
  queryFn: async () => unwrap(await api.GET('/api/v1/staff')),
  staleTime: 5 * 60_000,
});

/**
 * People by name, never by login: the API records logins (stable identifiers), the organisation's staff list
 * gives their names. For brokers' and leads' screens; someone outside the staff keeps what the API said.
 */
export function usePersonName() {
  const staff = useQuery(staffQuery);
  return useCallback(
    (login: string | null | undefined) => (login ? (staff.data?.find((s) => s.username === login)?.name ?? login) : ''),
    [staff.data],
  );
}
