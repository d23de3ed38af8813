import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';
import { listQuery, type QueryOf } from '@/shared/api/queries';

export type PlaceFilters = QueryOf<'/api/v1/places'>;

/** The organisation's places: one employer's (its page), or all open ones with filters (the places list). */
export const usePlaces = (filters: PlaceFilters) => useQuery(listQuery(queryKeys.places.list(filters), '/api/v1/places', filters));

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
