import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';

export const usePlaces = (employerId: string) =>
  useQuery({
    queryKey: queryKeys.places.list(employerId),
    queryFn: async () => unwrap(await api.GET('/api/v1/places', { params: { query: { employerId, size: 100 } } })),
  });

export function useCreatePlace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['PlaceInput']) => unwrap(await api.POST('/api/v1/places', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.places.all }),
  });
}

/** Saves a place with the version the broker read (If-Match); closing is saving it with status CLOSED. */
export function useUpdatePlace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ place, body }: { place: Schemas['PlaceView']; body: Schemas['PlaceInput'] }) =>
      unwrap(await api.PUT('/api/v1/places/{id}', {
        params: { path: { id: place.id }, header: { 'If-Match': `"${place.version}"` } }, body,
      })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.places.all }),
  });
}
