import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';

export const useMatches = (studentId: string) =>
  useQuery({
    queryKey: ['students', 'detail', studentId, 'matches'],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/students/{id}/matches', { params: { path: { id: studentId }, query: { limit: 20 } } })),
  });
