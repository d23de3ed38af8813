import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { saveFile } from '@/shared/api/save-file';
import { api, postAction, unwrap, withEtag, type ActionPath, type Schemas } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';

export type PortalPlacement = Schemas['PortalPlacement'];

export const useCandidates = () =>
  useQuery({
    queryKey: queryKeys.portal.candidates(),
    queryFn: async () => unwrap(await api.GET('/api/v1/portal/candidates', { params: { query: { size: 100 } } })),
  });

export const useInterns = () =>
  useQuery({
    queryKey: queryKeys.portal.interns(),
    queryFn: async () => unwrap(await api.GET('/api/v1/portal/interns', { params: { query: { size: 100 } } })),
  });

export const usePortalPlacement = (id: string) =>
  useQuery({
    queryKey: queryKeys.portal.placement(id),
    queryFn: async () => withEtag(await api.GET('/api/v1/portal/placements/{id}', { params: { path: { id } } })),
  });

export const useCheckIns = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.portal.checkIns(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/portal/placements/{id}/check-ins', { params: { path: { id } } })),
    enabled,
  });

export type PortalStep =
  | { kind: 'interview'; body: Schemas['PlacementInterview'] }
  | { kind: 'accept'; body: Schemas['PortalAccept'] }
  | { kind: 'decline'; body: Schemas['PlacementDecline'] }
  | { kind: 'report'; body: Schemas['CheckInInput'] }
  | { kind: 'hours'; body: Schemas['PortalHours']; etag: string }
  | { kind: 'evaluation'; body: Schemas['PortalEvaluation'] };

const PATHS: Record<Exclude<PortalStep['kind'], 'hours'>, ActionPath> = {
  interview: '/api/v1/portal/placements/{id}/interview',
  accept: '/api/v1/portal/placements/{id}/accept',
  decline: '/api/v1/portal/placements/{id}/decline',
  report: '/api/v1/portal/placements/{id}/check-ins',
  evaluation: '/api/v1/portal/placements/{id}/evaluation',
};
// Decisions on a candidate carry the version read: one made on a stale view is refused (412).
const DECISIONS = new Set<PortalStep['kind']>(['interview', 'accept', 'decline']);

async function send(id: string, version: number, s: PortalStep) {
  if (s.kind === 'hours') {
    return unwrap(await api.PUT('/api/v1/portal/placements/{id}/hours', {
      params: { path: { id }, header: { 'If-Match': s.etag } }, body: s.body,
    }));
  }
  return postAction<unknown>(PATHS[s.kind], id, s.body, DECISIONS.has(s.kind) ? `"${version}"` : undefined);
}

/** Every step changes what the home page lists, so the whole portal cache is refreshed. */
export function usePortalStep(id: string, version: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (step: PortalStep) => send(id, version, step),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.portal.all }),
  });
}

/** The shared CV, fetched with the token and handed to the browser as a download. */
export async function downloadCv(id: string) {
  const { data, response } = await api.GET('/api/v1/portal/placements/{id}/cv', {
    params: { path: { id } }, parseAs: 'blob',
  });
  if (!response.ok || !data) return;
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'cv';
  saveFile(data as Blob, name);
}
