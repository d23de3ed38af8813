import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/shared/api/client';
import { invalidate, queryKeys } from '@/shared/api/query-keys';
import { listQuery, type QueryOf } from '@/shared/api/queries';

/** The student's page: anonymous, the link's token is the credential. */
export const useSurveyForm = (token: string) =>
  useQuery({
    queryKey: ['survey', token],
    queryFn: async () => unwrap(await api.POST('/api/v1/surveys/open', { body: { token } })),
    retry: false,
  });

export const useAnswerSurvey = (token: string) =>
  useMutation({
    mutationFn: async (body: Omit<Schemas['SurveyAnswersInput'], 'token'>) =>
      unwrap(await api.POST('/api/v1/surveys/answers', { body: { ...body, token } })),
  });

export const useSurveyStatus = (studentId: string) =>
  useQuery({
    queryKey: queryKeys.students.part(studentId, 'surveys'),
    queryFn: async () => unwrap(await api.GET('/api/v1/students/{studentId}/surveys', { params: { path: { studentId } } })),
  });

export function useMakeSurveyLink(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['SurveySendInput']) =>
      unwrap(await api.POST('/api/v1/students/{studentId}/surveys', { params: { path: { studentId } }, body })),
    onSuccess: () => invalidate(queryClient, queryKeys.students.detail(studentId), queryKeys.caseload),
  });
}

export type DevelopmentFilter = QueryOf<'/api/v1/reports/development'>;

export const useDevelopmentReport = (filter: DevelopmentFilter) =>
  useQuery(listQuery(['reports', 'development', filter], '/api/v1/reports/development', filter));
