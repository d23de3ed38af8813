import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/shared/api/client';

export type StudentInput = Schemas['StudentInput'];

export function useCreateStudent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: StudentInput) => unwrap(await api.POST('/api/v1/students', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['students', 'list'] }),
  });
}
