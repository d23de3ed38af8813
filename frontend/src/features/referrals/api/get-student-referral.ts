import { useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '@/shared/api/client';
import { queryKeys } from '@/shared/api/query-keys';

/** The referral a student's case started from; null for a student registered directly (404). */
export const useStudentReferral = (studentId: string) =>
  useQuery({
    queryKey: queryKeys.students.part(studentId, 'referral'),
    queryFn: async () => {
      try {
        return unwrap(await api.GET('/api/v1/students/{id}/referral', { params: { path: { id: studentId } } }));
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
  });
