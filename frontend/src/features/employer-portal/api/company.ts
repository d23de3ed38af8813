import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, withEtag, type Schemas } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';

export const useProfile = () =>
  useQuery({
    queryKey: queryKeys.portal.profile(),
    queryFn: async () => withEtag(await api.GET('/api/v1/portal/profile')),
  });

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ etag, body }: { etag: string; body: Schemas['PortalProfileInput'] }) =>
      unwrap(await api.PUT('/api/v1/portal/profile', { params: { header: { 'If-Match': etag } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.portal.profile() }),
  });
}

export const usePortalPlaces = () =>
  useQuery({
    queryKey: queryKeys.portal.places(),
    queryFn: async () => unwrap(await api.GET('/api/v1/portal/places', { params: { query: { size: 100 } } })),
  });

export function useSavePlace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: { id?: string; version?: number; body: Schemas['PortalPlaceInput'] }) =>
      id
        ? unwrap(await api.PUT('/api/v1/portal/places/{id}', {
            params: { path: { id }, header: { 'If-Match': `"${version}"` } }, body,
          }))
        : unwrap(await api.POST('/api/v1/portal/places', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.portal.places() }),
  });
}
