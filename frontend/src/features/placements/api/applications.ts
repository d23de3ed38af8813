import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/shared/api/client';
import { invalidate, queryKeys } from '@/shared/api/query-keys';

export const useApplications = (studentId: string) =>
  useQuery({
    queryKey: queryKeys.students.part(studentId, 'applications'),
    queryFn: async () => unwrap(await api.GET('/api/v1/students/{id}/applications', { params: { path: { id: studentId } } })),
  });

/** Sending a vacancy or logging an application: the list and the timeline change. */
export function useRecordApplication(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['ApplicationInput']) =>
      unwrap(await api.POST('/api/v1/students/{id}/applications', { params: { path: { id: studentId } }, body })),
    onSuccess: () => invalidate(queryClient, queryKeys.students.detail(studentId)),
  });
}

/** A new result, at the version the broker read (412 when a colleague changed it first). */
export function useUpdateApplication(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ application, body }: { application: Schemas['ApplicationView']; body: Schemas['ApplicationUpdate'] }) =>
      unwrap(await api.PUT('/api/v1/applications/{id}', {
        params: { path: { id: application.id }, header: { 'If-Match': `"${application.version}"` } }, body,
      })),
    onSuccess: () => invalidate(queryClient, queryKeys.students.detail(studentId)),
  });
}

/** It led to an internship: the placement, the phase, the place and the dashboard all change. */
export function useApplicationHired(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ application, body }: { application: Schemas['ApplicationView']; body: Schemas['ApplicationHired'] }) =>
      unwrap(await api.POST('/api/v1/applications/{id}/hired', {
        params: { path: { id: application.id }, header: { 'If-Match': `"${application.version}"` } }, body,
      })),
    onSuccess: () => invalidate(queryClient, queryKeys.students.all, queryKeys.placements.all, queryKeys.caseload, queryKeys.places.all,
      queryKeys.students.detail(studentId)),
  });
}
