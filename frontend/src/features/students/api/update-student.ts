import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, withEtag } from '@/shared/api/client';
import type { StudentInput } from './create-student';

/** Sends the ETag read with the student; a 412 means someone else changed it meanwhile. */
export function useUpdateStudent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, etag }: { body: StudentInput; etag: string }) =>
      withEtag(
        await api.PUT('/api/v1/students/{id}', {
          params: { path: { id }, header: { 'If-Match': etag } },
          body,
        }),
      ),
    onSuccess: (result) => {
      queryClient.setQueryData(['students', 'detail', id], result);
      return queryClient.invalidateQueries({ queryKey: ['students', 'list'] });
    },
  });
}
