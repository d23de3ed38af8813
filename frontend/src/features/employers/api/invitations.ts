import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';


export const useInvitations = (employerId: string) =>
  useQuery({
    queryKey: queryKeys.employers.invitations(employerId),
    queryFn: async () => unwrap(await api.GET('/api/v1/employers/{employerId}/invitations', { params: { path: { employerId } } })),
  });

export function useInvite(employerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['InvitationInput']) =>
      unwrap(await api.POST('/api/v1/employers/{employerId}/invitations', { params: { path: { employerId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.employers.invitations(employerId) }),
  });
}

export function useInvitationAction(employerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, action }: { id: string; action: 'resend' | 'revoke' }) => {
      const params = { params: { path: { employerId, id } } };
      return action === 'resend'
        ? unwrap(await api.POST('/api/v1/employers/{employerId}/invitations/{id}/resend', params))
        : unwrap(await api.POST('/api/v1/employers/{employerId}/invitations/{id}/revoke', params));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.employers.invitations(employerId) }),
  });
}
