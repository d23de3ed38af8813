import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/shared/api/client';

const KEY = ['school-relations'] as const;

export const useSchoolRelations = () =>
  useQuery({ queryKey: KEY, queryFn: async () => unwrap(await api.GET('/api/v1/school-relations')) });

/** Saved at the version the lead read ("-1" before anything was recorded for the school). */
export function useUpdateSchoolRelation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ relation, body }: { relation: Schemas['SchoolRelation']; body: Schemas['SchoolRelationInput'] }) =>
      unwrap(await api.PUT('/api/v1/school-relations/{schoolId}', {
        params: { path: { schoolId: relation.schoolId }, header: { 'If-Match': `"${relation.version}"` } }, body,
      })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
