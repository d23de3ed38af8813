import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';

export type ReferralInput = Schemas['ReferralInput'];

export function useSubmitReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ReferralInput) => unwrap(await api.POST('/api/v1/referrals', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.referrals.all }),
  });
}
