import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/shared/api/client';

/** Phase, guidance intensity and assignment: each answers the updated student. */
export type CaseAction =
  | { kind: 'phase'; body: Schemas['PhaseChange'] }
  | { kind: 'intensity'; body: Schemas['IntensityChange'] }
  | { kind: 'assign'; body: Schemas['Assignment'] };

async function send(id: string, a: CaseAction) {
  const path = { params: { path: { id } } };
  switch (a.kind) {
    case 'phase':
      return unwrap(await api.POST('/api/v1/students/{id}/phase', { ...path, body: a.body }));
    case 'intensity':
      return unwrap(await api.POST('/api/v1/students/{id}/guidance-intensity', { ...path, body: a.body }));
    case 'assign':
      return unwrap(await api.POST('/api/v1/students/{id}/assignment', { ...path, body: a.body }));
  }
}

export function useCaseAction(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (a: CaseAction) => send(studentId, a),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['students'] }),
        queryClient.invalidateQueries({ queryKey: ['caseload'] }),
      ]),
  });
}
