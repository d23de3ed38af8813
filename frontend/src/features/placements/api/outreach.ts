import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/shared/api/client';
import { invalidate, queryKeys } from '@/shared/api/query-keys';
import { casePartQuery } from '@/shared/api/queries';

export const useOutreach = (studentId: string) => useQuery(casePartQuery(studentId, 'outreach'));

/** Other brokers' approaches of an employer in the last 14 days, shown before saving a new one. */
export const useRecentOutreach = (employerId: string | null) =>
  useQuery({
    queryKey: queryKeys.employers.recentOutreach(employerId),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/employers/{id}/recent-outreach', { params: { path: { id: employerId! } } })),
    enabled: !!employerId,
  });

/** Every approach of an employer for a student: part of its history. */
export const useEmployerOutreach = (employerId: string) =>
  useQuery({
    queryKey: queryKeys.employers.outreach(employerId),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/employers/{id}/outreach', { params: { path: { id: employerId }, query: { size: 50 } } })),
  });

export function useLogOutreach(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['OutreachInput']) =>
      unwrap(await api.POST('/api/v1/students/{id}/outreach', { params: { path: { id: studentId } }, body })),
    onSuccess: () =>
      invalidate(queryClient, queryKeys.students.detail(studentId), queryKeys.employers.all),
  });
}
