import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/shared/api/client';
import { invalidate, queryKeys } from '@/shared/api/query-keys';

export type ImportKind = 'places' | 'students';
export type ImportReport = Schemas['ImportReport'];

/**
 * Sends the file as it is (its bytes, not text the browser re-encoded), so the server can tell a UTF-8 file from one
 * Excel saved in Windows-1252 and say so. A .json file goes as JSON, anything else as CSV.
 */
export function useImport(kind: ImportKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      const post = api.POST as unknown as (p: string, init: object) => Promise<{ data?: ImportReport; error?: unknown; response: Response }>;
      return unwrap(await post(`/api/v1/imports/${kind}`, {
        params: { query: { dryRun } },
        body: file,
        bodySerializer: (b: File) => b,
        headers: { 'Content-Type': file.name.toLowerCase().endsWith('.json') ? 'application/json' : 'text/csv' },
      }));
    },
    onSuccess: (_report, { dryRun }) => {
      if (!dryRun) invalidate(queryClient, kind === 'places' ? queryKeys.places.all : queryKeys.students.all);
    },
  });
}
