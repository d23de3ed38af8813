import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, postAction, unwrap, type ActionPath, type Schemas } from '@/shared/api/client';
import { invalidate, queryKeys } from '@/shared/api/query-keys';

/**
 * The broker's decisions and the referrer's withdrawal. Each answers the updated referral, which
 * replaces the cached detail; lists, counts and students are refreshed.
 */
export type Decision =
  | { kind: 'accept'; body: Schemas['ReferralAccept'] }
  | { kind: 'waitlist'; body: Schemas['ReferralWaitlist'] }
  | { kind: 'decline'; body: Schemas['ReferralDecline'] }
  | { kind: 'withdraw' };

const PATHS: Record<Decision['kind'], ActionPath> = {
  accept: '/api/v1/referrals/{id}/accept',
  waitlist: '/api/v1/referrals/{id}/waitlist',
  decline: '/api/v1/referrals/{id}/decline',
  withdraw: '/api/v1/referrals/{id}/withdraw',
};

/** Decisions carry the version the broker read (If-Match): a decision on a stale referral is refused (412). */
const send = (id: string, version: number, d: Decision) =>
  postAction<Schemas['ReferralView']>(PATHS[d.kind], id, 'body' in d ? d.body : undefined,
    d.kind === 'withdraw' ? undefined : `"${version}"`);

export function useDecideReferral(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, decision }: { version: number; decision: Decision }) => send(id, version, decision),
    onSuccess: async (referral) => {
      queryClient.setQueryData(queryKeys.referrals.detail(id), referral);
      await invalidate(queryClient, queryKeys.referrals.lists(), queryKeys.referrals.counts(), queryKeys.students.all);
    },
  });
}

/** What the school's coordinator answered, saved at the version the broker read. */
export function useRecordSchoolAnswer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, answer }: { version: number; answer: string }) =>
      unwrap(await api.PUT('/api/v1/referrals/{id}/school-answer', {
        params: { path: { id }, header: { 'If-Match': `"${version}"` } }, body: { answer: answer || undefined },
      })),
    onSuccess: (referral) => queryClient.setQueryData(queryKeys.referrals.detail(id), referral),
  });
}
