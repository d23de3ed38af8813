import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/shared/api/client';
import { invalidate, queryKeys } from '@/shared/api/query-keys';
import { casePartQuery } from '@/shared/api/queries';

export const useConsents = (studentId: string) => useQuery(casePartQuery(studentId, 'consents'));

/** Withdrawing consent ends live proposals, so placements and the timeline are refreshed too. */
export function useWithdrawConsent(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['ConsentWithdrawal']) =>
      unwrap(await api.POST('/api/v1/students/{id}/consents/withdrawal', { params: { path: { id: studentId } }, body })),
    onSuccess: () =>
      invalidate(queryClient, queryKeys.students.all, queryKeys.placements.all),
  });
}

/** The consent to keep the school informed: recorded, withdrawn, and the e-mails it allows. */
export function useSchoolUpdates(studentId: string) {
  const queryClient = useQueryClient();
  const refresh = () => invalidate(queryClient, queryKeys.students.detail(studentId));
  const path = { params: { path: { id: studentId } } };
  return {
    consent: useMutation({
      mutationFn: async (body: Schemas['ConsentInput']) =>
        unwrap(await api.POST('/api/v1/students/{id}/school-updates/consent', { ...path, body })),
      onSuccess: refresh,
    }),
    withdraw: useMutation({
      mutationFn: async () => unwrap(await api.DELETE('/api/v1/students/{id}/school-updates/consent', path)),
      onSuccess: refresh,
    }),
    send: useMutation({
      mutationFn: async (kind: Schemas['SchoolUpdateInput']['kind']) =>
        unwrap(await api.POST('/api/v1/students/{id}/school-updates', { ...path, body: { kind } })),
      onSuccess: refresh,
    }),
  };
}
