import { useQuery } from '@tanstack/react-query';
import { listQuery } from '@/shared/api/queries';
import type { paths } from '@/shared/api/schema';
import { queryKeys } from '@/shared/api/query-keys';

export type StudentFilters = NonNullable<paths['/api/v1/students']['get']['parameters']['query']>;

export const studentsQuery = (filters: StudentFilters) => listQuery(queryKeys.students.list(filters), '/api/v1/students', filters);

export const useStudents = (filters: StudentFilters) => useQuery(studentsQuery(filters));
