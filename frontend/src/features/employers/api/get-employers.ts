import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import type { paths } from '@/shared/api/schema';

export type EmployerFilters = NonNullable<paths['/api/v1/employers']['get']['parameters']['query']>;

export const employersQuery = (filters: EmployerFilters) =>
  queryOptions({
    queryKey: ['employers', 'list', filters],
    queryFn: async () => unwrap(await api.GET('/api/v1/employers', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  });

export const useEmployers = (filters: EmployerFilters) => useQuery(employersQuery(filters));
