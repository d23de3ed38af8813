import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/shared/api/client';
import type { paths } from '@/shared/api/schema';

export type PlacementFilters = NonNullable<paths['/api/v1/placements']['get']['parameters']['query']>;

export const usePlacements = (filters: PlacementFilters) =>
  useQuery({
    queryKey: ['placements', 'list', filters],
    queryFn: async () => unwrap(await api.GET('/api/v1/placements', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  });

/** Every placement change can move the student's phase and fill a place: refresh what shows them. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [['placements'], ['students'], ['caseload'], ['places']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}

export function usePropose() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (body: Schemas['PlacementPropose']) => unwrap(await api.POST('/api/v1/placements', { body })),
    onSuccess: refresh,
  });
}

export type PlacementStep =
  | { kind: 'interview'; body: Schemas['PlacementInterview'] }
  | { kind: 'accept'; body: Schemas['PlacementAccept'] }
  | { kind: 'decline'; body: Schemas['PlacementDecline'] }
  | { kind: 'withdraw'; body: Schemas['PlacementWithdraw'] }
  | { kind: 'start'; body: Schemas['PlacementStart'] }
  | { kind: 'complete'; body: Schemas['PlacementComplete'] }
  | { kind: 'endEarly'; body: Schemas['PlacementEndEarly'] };

/** Every step carries the version the broker saw (If-Match): a step on a stale placement is refused (412). */
async function send(id: string, version: number, s: PlacementStep) {
  const path = { params: { path: { id }, header: { 'If-Match': `"${version}"` } } };
  switch (s.kind) {
    case 'interview':
      return unwrap(await api.POST('/api/v1/placements/{id}/interview', { ...path, body: s.body }));
    case 'accept':
      return unwrap(await api.POST('/api/v1/placements/{id}/accept', { ...path, body: s.body }));
    case 'decline':
      return unwrap(await api.POST('/api/v1/placements/{id}/decline', { ...path, body: s.body }));
    case 'withdraw':
      return unwrap(await api.POST('/api/v1/placements/{id}/withdraw', { ...path, body: s.body }));
    case 'start':
      return unwrap(await api.POST('/api/v1/placements/{id}/start', { ...path, body: s.body }));
    case 'complete':
      return unwrap(await api.POST('/api/v1/placements/{id}/complete', { ...path, body: s.body }));
    case 'endEarly':
      return unwrap(await api.POST('/api/v1/placements/{id}/end-early', { ...path, body: s.body }));
  }
}

export function usePlacementStep() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, version, step }: { id: string; version: number; step: PlacementStep }) => send(id, version, step),
    onSuccess: refresh,
  });
}
