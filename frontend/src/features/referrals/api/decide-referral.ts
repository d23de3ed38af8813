import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/shared/api/client';

/**
 * The broker's decisions and the referrer's withdrawal. Each answers the updated referral, which
 * replaces the cached detail; lists, counts and students are refreshed.
 */
export type Decision =
  | { kind: 'accept'; body: Schemas['ReferralAccept'] }
  | { kind: 'waitlist'; body: Schemas['ReferralWaitlist'] }
  | { kind: 'decline'; body: Schemas['ReferralDecline'] }
  | { kind: 'withdraw' };

/** Decisions carry the version the broker read (If-Match): a decision on a stale referral is refused (412). */
async function send(id: string, version: number, d: Decision) {
  const path = { params: { path: { id }, header: { 'If-Match': `"${version}"` } } };
  switch (d.kind) {
    case 'accept':
      return unwrap(await api.POST('/api/v1/referrals/{id}/accept', { ...path, body: d.body }));
    case 'waitlist':
      return unwrap(await api.POST('/api/v1/referrals/{id}/waitlist', { ...path, body: d.body }));
    case 'decline':
      return unwrap(await api.POST('/api/v1/referrals/{id}/decline', { ...path, body: d.body }));
    case 'withdraw':
      return unwrap(await api.POST('/api/v1/referrals/{id}/withdraw', { params: { path: { id } } }));
  }
}

export function useDecideReferral(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, decision }: { version: number; decision: Decision }) => send(id, version, decision),
    onSuccess: async (referral) => {
      queryClient.setQueryData(['referrals', 'detail', id], referral);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['referrals', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['referrals', 'counts'] }),
        queryClient.invalidateQueries({ queryKey: ['students'] }),
      ]);
    },
  });
}
