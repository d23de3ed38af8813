import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/shared/api/client';

/** The public page: no account; the organisation's id is in the address. */
export const useSignUpForm = (organisationId: string) =>
  useQuery({
    queryKey: ['sign-up', organisationId],
    queryFn: async () => unwrap(await api.GET('/api/v1/sign-up/{organisationId}', { params: { path: { organisationId } } })),
    retry: false,
  });

export const useSignUp = (organisationId: string) =>
  useMutation({
    mutationFn: async (body: Schemas['SignUpInput']) =>
      unwrap(await api.POST('/api/v1/sign-up/{organisationId}', { params: { path: { organisationId } }, body })),
  });

export const useConfirmSignUp = () =>
  useMutation({
    mutationFn: async (token: string) => unwrap(await api.POST('/api/v1/sign-up/confirm', { body: { token } })),
  });
