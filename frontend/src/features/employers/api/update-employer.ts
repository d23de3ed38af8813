import { api, withEtag } from '@/shared/api/client';
import { useUpdateRecord } from '@/shared/api/queries';
import { queryKeys } from '@/shared/api/query-keys';
import type { EmployerInput } from './create-employer';

/** Sends the ETag read with the employer; a 412 means someone else changed it meanwhile. */
export const useUpdateEmployer = (id: string) =>
  useUpdateRecord(
    async (body: EmployerInput, etag: string) =>
      withEtag(await api.PUT('/api/v1/employers/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body })),
    queryKeys.employers.detail(id), queryKeys.employers.lists(),
  );
