import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';

export const useMatches = (studentId: string) =>
  useQuery({
    queryKey: queryKeys.students.part(studentId, 'matches'),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/students/{id}/matches', { params: { path: { id: studentId }, query: { limit: 20 } } })),
  });
