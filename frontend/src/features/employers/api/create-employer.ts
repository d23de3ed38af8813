import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/shared/api/client';

export type EmployerInput = Schemas['EmployerInput'];

export function useCreateEmployer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: EmployerInput) => unwrap(await api.POST('/api/v1/employers', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['employers', 'list'] }),
  });
}
