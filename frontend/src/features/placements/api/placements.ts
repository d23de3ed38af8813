import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, postAction, unwrap, type ActionPath, type Schemas } from '@/shared/api/client';
import type { paths } from '@/shared/api/schema';
import { invalidate, queryKeys } from '@/shared/api/query-keys';
import { listQuery } from '@/shared/api/queries';

export type PlacementFilters = NonNullable<paths['/api/v1/placements']['get']['parameters']['query']>;

export const usePlacements = (filters: PlacementFilters) =>
  useQuery(listQuery(queryKeys.placements.list(filters), '/api/v1/placements', filters));

/** What the employer reported on a placement, newest first. */
export const usePlacementCheckIns = (placementId: string, enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.placements.checkIns(placementId),
    queryFn: async () => unwrap(await api.GET('/api/v1/placements/{placementId}/check-ins', { params: { path: { placementId } } })),
    enabled,
  });

export const useInterventions = (placementId: string, enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.placements.interventions(placementId),
    queryFn: async () => unwrap(await api.GET('/api/v1/placements/{placementId}/interventions', { params: { path: { placementId } } })),
    enabled,
  });

/** Looking back on an agreement, at the version the broker read. */
export function useEvaluateIntervention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ intervention, body }: { intervention: { interventionId?: string; id?: string; version: number }; body: Schemas['InterventionOutcomeInput'] }) =>
      unwrap(await api.PUT('/api/v1/interventions/{id}/outcome', {
        params: { path: { id: (intervention.id ?? intervention.interventionId)! }, header: { 'If-Match': `"${intervention.version}"` } }, body,
      })),
    onSuccess: (i) => invalidate(queryClient, queryKeys.placements.interventions(i.placementId), queryKeys.caseload, queryKeys.students.all),
  });
}

/** Every placement change can move the student's phase and fill a place: refresh what shows them. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    invalidate(queryClient, queryKeys.placements.all, queryKeys.students.all, queryKeys.caseload, queryKeys.places.all, queryKeys.employers.all);
}

export function usePropose() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (body: Schemas['PlacementPropose']) => unwrap(await api.POST('/api/v1/placements', { body })),
    onSuccess: refresh,
  });
}

/** An internship the student found themselves: recorded as agreed, no proposal. */
export function useRecordFound() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (body: Schemas['PlacementFound']) => unwrap(await api.POST('/api/v1/placements/found', { body })),
    onSuccess: refresh,
  });
}

/** A broker's check-in; it moves the due dates and may put the internship among those at risk. */
export function useLogCheckIn(placementId: string, studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['BrokerCheckInInput']) =>
      unwrap(await api.POST('/api/v1/placements/{placementId}/check-ins', { params: { path: { placementId } }, body })),
    onSuccess: () => invalidate(queryClient, queryKeys.placements.checkIns(placementId), queryKeys.caseload,
      queryKeys.placements.interventions(placementId), queryKeys.students.detail(studentId)),
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

const STEPS: Record<PlacementStep['kind'], ActionPath> = {
  interview: '/api/v1/placements/{id}/interview',
  accept: '/api/v1/placements/{id}/accept',
  decline: '/api/v1/placements/{id}/decline',
  withdraw: '/api/v1/placements/{id}/withdraw',
  start: '/api/v1/placements/{id}/start',
  complete: '/api/v1/placements/{id}/complete',
  endEarly: '/api/v1/placements/{id}/end-early',
};

/** Every step carries the version the broker saw (If-Match): a step on a stale placement is refused (412). */
const send = (id: string, version: number, s: PlacementStep) =>
  postAction<Schemas['PlacementView']>(STEPS[s.kind], id, s.body, `"${version}"`);

export function usePlacementStep() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, version, step }: { id: string; version: number; step: PlacementStep }) => send(id, version, step),
    onSuccess: refresh,
  });
}
