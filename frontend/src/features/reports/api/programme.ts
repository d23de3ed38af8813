import { useMutation, useQuery, useQueryClient, keepPreviousData } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';

export type ProgrammeFilter = { from?: string; to?: string };

const key = (filter: ProgrammeFilter) => ['reports', 'programme', filter];

export const useProgrammeReport = (filter: ProgrammeFilter) =>
  useQuery({
    queryKey: key(filter),
    queryFn: async () => unwrap(await api.GET('/api/v1/reports/programme', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });

/** The organisation's figures of now: its report is otherwise the one kept from a few minutes ago. */
export const useRefreshProgrammeReport = (filter: ProgrammeFilter) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.GET('/api/v1/reports/programme', { params: { query: { ...filter, refresh: true } } })),
    onSuccess: (report) => client.setQueryData(key(filter), report),
  });
};
