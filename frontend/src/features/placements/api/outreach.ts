import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/shared/api/client';

export const useOutreach = (studentId: string) =>
  useQuery({
    queryKey: ['students', 'detail', studentId, 'outreach'],
    queryFn: async () => unwrap(await api.GET('/api/v1/students/{id}/outreach', { params: { path: { id: studentId } } })),
  });

/** Other brokers' approaches of an employer in the last 14 days, shown before saving a new one. */
export const useRecentOutreach = (employerId: string | null) =>
  useQuery({
    queryKey: ['employers', 'recent-outreach', employerId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/employers/{id}/recent-outreach', { params: { path: { id: employerId! } } })),
    enabled: !!employerId,
  });

export function useLogOutreach(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['OutreachInput']) =>
      unwrap(await api.POST('/api/v1/students/{id}/outreach', { params: { path: { id: studentId } }, body })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['students', 'detail', studentId] }),
        queryClient.invalidateQueries({ queryKey: ['employers'] }),
      ]),
  });
}
