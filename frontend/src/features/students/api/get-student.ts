import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, withEtag } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';

export const studentQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.students.detail(id),
    queryFn: async () => withEtag(await api.GET('/api/v1/students/{id}', { params: { path: { id } } })),
  });

export const useStudent = (id: string) => useQuery(studentQuery(id));
