import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { queryKeys } from './query-keys';
import type { paths } from './schema';

type GetPath = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths];
type Json<P extends GetPath> = paths[P] extends { get: { responses: { 200: { content: { 'application/json': infer R } } } } }
  ? R : never;
/** The query parameters an operation takes. */
export type QueryOf<P extends GetPath> = NonNullable<paths[P] extends { get: { parameters: { query?: infer Q } } } ? Q : never>;

/** GETs JSON from the contract; the result is typed by the path. */
async function getJson<P extends GetPath>(path: P, params: { path?: Record<string, string>; query?: object }) {
  const get = api.GET as unknown as (p: string, init: object) => Promise<{ data?: Json<P>; error?: unknown; response: Response }>;
  return unwrap(await get(path, { params }));
}

/** A filtered, paged list: the previous page stays on screen while the next one loads. */
export const listQuery = <P extends GetPath>(queryKey: readonly unknown[], path: P, query: QueryOf<P>) =>
  queryOptions({ queryKey, queryFn: () => getJson(path, { query: query as object }), placeholderData: keepPreviousData });

type CasePart = 'files' | 'preparation' | 'consents' | 'outreach';

/** One part of a student's case file (`/students/{id}/<part>`), cached under the student. */
export const casePartQuery = <Part extends CasePart>(studentId: string, part: Part) =>
  queryOptions({
    queryKey: queryKeys.students.part(studentId, part),
    queryFn: () => getJson(`/api/v1/students/{id}/${part}` as `/api/v1/students/{id}/${Part}`, { path: { id: studentId } }),
  });

/** Creates a record and refreshes the lists it appears in. */
export function useCreateRecord<B, R>(create: (body: B) => Promise<R>, lists: readonly unknown[]) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: create, onSuccess: () => queryClient.invalidateQueries({ queryKey: lists }) });
}

/**
 * Saves a record with the ETag it was read with (a 412 means someone else saved first); the answer, with its
 * new ETag, replaces the cached record and the lists are refreshed.
 */
export function useUpdateRecord<B, R>(
  update: (body: B, etag: string) => Promise<{ data: R; etag: string }>,
  detail: readonly unknown[],
  lists: readonly unknown[],
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: B; etag: string }) => update(body, etag),
    onSuccess: (result) => {
      queryClient.setQueryData(detail, result);
      return queryClient.invalidateQueries({ queryKey: lists });
    },
  });
}
