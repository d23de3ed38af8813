import { useMutation, useQueryClient } from '@tanstack/react-query';
import { postAction, type ActionPath, type Schemas } from '@/shared/api/client';
import { invalidate, queryKeys } from '@/shared/api/query-keys';

/** Phase, guidance intensity and assignment: each answers the updated student. */
export type CaseAction =
  | { kind: 'phase'; body: Schemas['PhaseChange'] }
  | { kind: 'intensity'; body: Schemas['IntensityChange'] }
  | { kind: 'assign'; body: Schemas['Assignment'] };

const PATHS: Record<CaseAction['kind'], ActionPath> = {
  phase: '/api/v1/students/{id}/phase',
  intensity: '/api/v1/students/{id}/guidance-intensity',
  assign: '/api/v1/students/{id}/assignment',
};

const send = (id: string, a: CaseAction) => postAction<Schemas['StudentView']>(PATHS[a.kind], id, a.body);

export function useCaseAction(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (a: CaseAction) => send(studentId, a),
    onSuccess: () =>
      invalidate(queryClient, queryKeys.students.all, queryKeys.caseload),
  });
}
