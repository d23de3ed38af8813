import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import type { paths } from '@/shared/api/schema';

export type StudentFilters = NonNullable<paths['/api/v1/students']['get']['parameters']['query']>;

export const studentsQuery = (filters: StudentFilters) =>
  queryOptions({
    queryKey: ['students', 'list', filters],
    queryFn: async () => unwrap(await api.GET('/api/v1/students', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  });

export const useStudents = (filters: StudentFilters) => useQuery(studentsQuery(filters));
