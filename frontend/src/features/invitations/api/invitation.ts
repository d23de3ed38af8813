import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';

/** Anonymous calls: the link's token is the credential until the password is set. */
export const useInvitation = (token: string) =>
  useQuery({
    queryKey: queryKeys.invitation(token),
    queryFn: async () => unwrap(await api.POST('/api/v1/invitations/preview', { body: { token } })),
    retry: false,
  });

export const useAcceptInvitation = (token: string) =>
  useMutation({
    mutationFn: async (password: string) =>
      unwrap(await api.POST('/api/v1/invitations/accept', { body: { token, password } })),
  });
