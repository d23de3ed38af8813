import { useQuery } from '@tanstack/react-query';
import { listQuery } from '@/shared/api/queries';
import type { paths } from '@/shared/api/schema';
import { queryKeys } from '@/shared/api/query-keys';

export type EmployerFilters = NonNullable<paths['/api/v1/employers']['get']['parameters']['query']>;

export const employersQuery = (filters: EmployerFilters) => listQuery(queryKeys.employers.list(filters), '/api/v1/employers', filters);

export const useEmployers = (filters: EmployerFilters) => useQuery(employersQuery(filters));
