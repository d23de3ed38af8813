import { useMutation, useQuery, useQueryClient, keepPreviousData } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';

export type ProgrammeFilter = { from?: string; to?: string };

const key = (filter: ProgrammeFilter) => ['reports', 'programme', filter];

const fetchReport = async (query: ProgrammeFilter & { refresh?: boolean }) =>
  unwrap(await api.GET('/api/v1/reports/programme', { params: { query } }));

export const useProgrammeReport = (filter: ProgrammeFilter) =>
  useQuery({ queryKey: key(filter), queryFn: () => fetchReport(filter), placeholderData: keepPreviousData });

/** The organisation's figures of now: its report is otherwise the one kept from a few minutes ago. */
export const useRefreshProgrammeReport = (filter: ProgrammeFilter) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => fetchReport({ ...filter, refresh: true }),
    onSuccess: (report) => client.setQueryData(key(filter), report),
  });
};
