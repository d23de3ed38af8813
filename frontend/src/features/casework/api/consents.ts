import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/shared/api/client';

export const useConsents = (studentId: string) =>
  useQuery({
    queryKey: ['students', studentId, 'consents'],
    queryFn: async () => unwrap(await api.GET('/api/v1/students/{id}/consents', { params: { path: { id: studentId } } })),
  });

/** Withdrawing consent ends live proposals, so placements and the timeline are refreshed too. */
export function useWithdrawConsent(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['ConsentWithdrawal']) =>
      unwrap(await api.POST('/api/v1/students/{id}/consents/withdrawal', { params: { path: { id: studentId } }, body })),
    onSuccess: () =>
      Promise.all([['students'], ['placements'], ['timeline']].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
