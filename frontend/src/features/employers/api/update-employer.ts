import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, withEtag } from '@/shared/api/client';
import type { EmployerInput } from './create-employer';

/** Sends the ETag read with the employer; a 412 means someone else changed it meanwhile. */
export function useUpdateEmployer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, etag }: { body: EmployerInput; etag: string }) =>
      withEtag(
        await api.PUT('/api/v1/employers/{id}', {
          params: { path: { id }, header: { 'If-Match': etag } },
          body,
        }),
      ),
    onSuccess: (result) => {
      queryClient.setQueryData(['employers', 'detail', id], result);
      return queryClient.invalidateQueries({ queryKey: ['employers', 'list'] });
    },
  });
}
