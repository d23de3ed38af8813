import { api, withEtag } from '@/shared/api/client';
import { useUpdateRecord } from '@/shared/api/queries';
import { queryKeys } from '@/shared/api/query-keys';
import type { StudentInput } from './create-student';

/** Sends the ETag read with the student; a 412 means someone else changed it meanwhile. */
export const useUpdateStudent = (id: string) =>
  useUpdateRecord(
    async (body: StudentInput, etag: string) =>
      withEtag(await api.PUT('/api/v1/students/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body })),
    queryKeys.students.detail(id), queryKeys.students.lists(),
  );
