import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';

export const useTimeline = (studentId: string, page: number) =>
  useQuery({
    queryKey: queryKeys.students.part(studentId, 'timeline', page),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/students/{id}/timeline', { params: { path: { id: studentId }, query: { page, size: 20 } } })),
    placeholderData: keepPreviousData,
  });
