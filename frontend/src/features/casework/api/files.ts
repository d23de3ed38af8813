import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { saveDownload } from '@/shared/api/save-file';
import { api, unwrap } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';
import { casePartQuery } from '@/shared/api/queries';

export const useFiles = (studentId: string) => useQuery(casePartQuery(studentId, 'files'));

export function useUploadFile(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) =>
      unwrap(
        await api.POST('/api/v1/students/{id}/files', {
          params: { path: { id: studentId } },
          // The generated type says string (binary); the browser sends the File as multipart.
          body: { file: file as unknown as string },
          bodySerializer: (body) => {
            const form = new FormData();
            form.append('file', body.file as unknown as Blob);
            return form;
          },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.students.detail(studentId) }),
  });
}

/** Downloads with the bearer token (a plain link would carry none) and hands the file to the browser. */
export async function downloadFile(fileId: string, fileName: string) {
  saveDownload(await api.GET('/api/v1/files/{fileId}', { params: { path: { fileId } }, parseAs: 'blob' }), fileName);
}
