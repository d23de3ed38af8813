import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, withEtag } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';

export const employerQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.employers.detail(id),
    queryFn: async () => withEtag(await api.GET('/api/v1/employers/{id}', { params: { path: { id } } })),
  });

export const useEmployer = (id: string) => useQuery(employerQuery(id));
