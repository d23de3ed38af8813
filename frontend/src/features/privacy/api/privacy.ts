import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';
import { invalidate, queryKeys } from '@/shared/api/query-keys';
import { saveDownload } from '@/shared/api/save-file';

/** Everything held on the student, as the zip a data-subject request gets. */
export async function exportStudent(studentId: string) {
  saveDownload(await api.GET('/api/v1/students/{studentId}/export', { params: { path: { studentId } }, parseAs: 'blob' }),
    `student-${studentId}.zip`);
}

/** Erases the student's personal data; the version read goes along so a change in between is not overlooked. */
export const useEraseStudent = (studentId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (version: number) =>
      unwrap(await api.POST('/api/v1/students/{studentId}/erasure', {
        params: { path: { studentId }, header: { 'If-Match': `"${version}"` } },
      })),
    onSuccess: () => invalidate(queryClient, queryKeys.students.all, queryKeys.placements.all, queryKeys.caseload, queryKeys.audit.all),
  });
};
