import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';
import { casePartQuery } from '@/shared/api/queries';

export const usePreparation = (studentId: string) => useQuery(casePartQuery(studentId, 'preparation'));

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
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.students.detail(studentId) }),
  });
}
