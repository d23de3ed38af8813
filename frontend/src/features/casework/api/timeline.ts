import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';

export const useTimeline = (studentId: string, page: number) =>
  useQuery({
    queryKey: ['students', 'detail', studentId, 'timeline', page],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/students/{id}/timeline', { params: { path: { id: studentId }, query: { page, size: 20 } } })),
    placeholderData: keepPreviousData,
  });
