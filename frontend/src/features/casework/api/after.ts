import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/shared/api/client';
import { invalidate, queryKeys } from '@/shared/api/query-keys';

// After the internship: closing and reopening the case, parents and guardians, hand-offs. Each change can move
// the phase, end proposals or follow-ups, so the student, placements and the dashboard are refreshed.

export const useClosure = (studentId: string) =>
  useQuery({
    queryKey: queryKeys.students.part(studentId, 'closure'),
    queryFn: async () => unwrap(await api.GET('/api/v1/students/{studentId}/closure', { params: { path: { studentId } } })),
  });

function useCaseChange<B, R>(fn: (body: B) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => invalidate(queryClient, queryKeys.students.all, queryKeys.placements.all, queryKeys.caseload),
  });
}

export const useCloseCase = (studentId: string) =>
  useCaseChange(async (body: Schemas['CaseClosureInput']) =>
    unwrap(await api.POST('/api/v1/students/{studentId}/closure', { params: { path: { studentId } }, body })));

export const useReopenCase = (studentId: string) =>
  useCaseChange(async (body: Schemas['CaseReopeningInput']) =>
    unwrap(await api.POST('/api/v1/students/{studentId}/reopening', { params: { path: { studentId } }, body })));

export const useGuardians = (studentId: string) =>
  useQuery({
    queryKey: queryKeys.students.part(studentId, 'guardians'),
    queryFn: async () => unwrap(await api.GET('/api/v1/students/{studentId}/guardians', { params: { path: { studentId } } })),
  });

export const useSaveGuardian = (studentId: string) =>
  useCaseChange(async ({ guardian, body }: { guardian?: Schemas['GuardianView']; body: Schemas['GuardianInput'] }) =>
    guardian
      ? unwrap(await api.PUT('/api/v1/students/{studentId}/guardians/{guardianId}', {
        params: { path: { studentId, guardianId: guardian.id }, header: { 'If-Match': `"${guardian.version}"` } }, body,
      }))
      : unwrap(await api.POST('/api/v1/students/{studentId}/guardians', { params: { path: { studentId } }, body })));

export const useRemoveGuardian = (studentId: string) =>
  useCaseChange(async (guardian: Schemas['GuardianView']) => {
    const result = await api.DELETE('/api/v1/students/{studentId}/guardians/{guardianId}', {
      params: { path: { studentId, guardianId: guardian.id }, header: { 'If-Match': `"${guardian.version}"` } },
    });
    return unwrap(result);
  });

export const useHandOffs = (studentId: string) =>
  useQuery({
    queryKey: queryKeys.students.part(studentId, 'hand-offs'),
    queryFn: async () => unwrap(await api.GET('/api/v1/students/{studentId}/hand-offs', { params: { path: { studentId } } })),
  });

export const useRecordHandOff = (studentId: string) =>
  useCaseChange(async (body: Schemas['HandOffInput']) =>
    unwrap(await api.POST('/api/v1/students/{studentId}/hand-offs', { params: { path: { studentId } }, body })));
