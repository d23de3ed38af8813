import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/shared/api/client';

export const usePreparation = (studentId: string) =>
  useQuery({
    queryKey: ['students', 'detail', studentId, 'preparation'],
    queryFn: async () => unwrap(await api.GET('/api/v1/students/{id}/preparation', { params: { path: { id: studentId } } })),
  });

export function useSetPreparationItem(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ item, status }: { item: Schemas['PreparationItemType']; status: Schemas['PreparationStatus'] }) =>
      unwrap(
        await api.PUT('/api/v1/students/{id}/preparation/{item}', {
          params: { path: { id: studentId, item } },
          body: { status },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['students', 'detail', studentId] }),
  });
}
