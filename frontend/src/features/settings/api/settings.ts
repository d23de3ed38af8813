import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, withEtag, type Schemas } from '@/shared/api/client';
import { invalidate, queryKeys } from '@/shared/api/query-keys';

type Versioned = { data: Schemas['OrganisationSettings']; etag: string };

export const useSettings = () =>
  useQuery({ queryKey: queryKeys.settings.current(), queryFn: async () => withEtag(await api.GET('/api/v1/settings')), staleTime: 60_000 });

export const useSettingsHistory = (enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.settings.history(),
    queryFn: async () => unwrap(await api.GET('/api/v1/settings/history', { params: { query: { size: 30 } } })),
    enabled,
  });

/**
 * Every settings change answers the settings as they are now: that replaces the cache, and the history, the
 * dashboard (threshold, capacity) and the referral form (checklist, schools) are refreshed.
 */
function useSettingsChange<V>(send: (v: V) => Promise<Versioned>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (result) => {
      queryClient.setQueryData(queryKeys.settings.current(), result);
      return invalidate(queryClient, queryKeys.settings.history(), queryKeys.caseload, queryKeys.referrals.targets(),
        queryKeys.schools);
    },
  });
}

export const useUpdateSettings = () =>
  useSettingsChange(async ({ body, etag }: { body: Schemas['OrganisationSettingsInput']; etag: string }) =>
    withEtag(await api.PUT('/api/v1/settings', { params: { header: { 'If-Match': etag } }, body })));

export const useSetSelfSignUp = () =>
  useSettingsChange(async ({ body, etag }: { body: Schemas['SignUpSettingsInput']; etag: string }) =>
    withEtag(await api.PUT('/api/v1/settings/sign-up', { params: { header: { 'If-Match': etag } }, body })));

export const useServeSchools = () =>
  useSettingsChange(async (body: Schemas['ServedSchoolsInput']) => withEtag(await api.PUT('/api/v1/settings/schools', { body })));

export const useSetCapacity = () =>
  useSettingsChange(async ({ username, body }: { username: string; body: Schemas['CapacityInput'] }) =>
    withEtag(await api.PUT('/api/v1/settings/staff/{username}', { params: { path: { username } }, body })));

export const useAddQuestion = () =>
  useSettingsChange(async (body: Schemas['QuestionInput']) => withEtag(await api.POST('/api/v1/settings/checklist', { body })));

/** A question is saved with the version the lead read (If-Match): someone else's edit in between is a 412. */
export const useEditQuestion = () =>
  useSettingsChange(async ({ question, body }: { question: Schemas['QuestionView']; body: Schemas['QuestionInput'] }) =>
    withEtag(await api.PUT('/api/v1/settings/checklist/{id}', {
      params: { path: { id: question.id }, header: { 'If-Match': `"${question.version}"` } }, body,
    })));

export const useReorderQuestions = () =>
  useSettingsChange(async (ids: string[]) => withEtag(await api.PUT('/api/v1/settings/checklist/order', { body: { ids } })));
