import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withEtag, type Schemas } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';

export type IntakeInput = Schemas['IntakeInput'];

export const useIntake = (studentId: string) =>
  useQuery({
    queryKey: queryKeys.students.part(studentId, 'intake'),
    queryFn: async () => withEtag(await api.GET('/api/v1/students/{id}/intake', { params: { path: { id: studentId } } })),
  });

export function useSaveIntake(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, etag }: { body: IntakeInput; etag: string }) =>
      withEtag(
        await api.PUT('/api/v1/students/{id}/intake', { params: { path: { id: studentId }, header: { 'If-Match': etag } }, body }),
      ),
    onSuccess: (result) => {
      queryClient.setQueryData(queryKeys.students.part(studentId, 'intake'), result);
      return queryClient.invalidateQueries({ queryKey: queryKeys.students.detail(studentId), exact: false });
    },
  });
}
