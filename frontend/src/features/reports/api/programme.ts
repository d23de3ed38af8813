import { useQuery, keepPreviousData } from '@tanstack/react-query';
import { api, unwrap } from '@/shared/api/client';

export type ProgrammeFilter = { from?: string; to?: string };

export const useProgrammeReport = (filter: ProgrammeFilter) =>
  useQuery({
    queryKey: ['reports', 'programme', filter],
    queryFn: async () => unwrap(await api.GET('/api/v1/reports/programme', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
