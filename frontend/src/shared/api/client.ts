import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

let accessToken: () => string | undefined = () => undefined;

/** The auth layer registers how to read the current access token; every request carries it. */
export function setAccessTokenSource(source: () => string | undefined) {
  accessToken = source;
}

const auth: Middleware = {
  onRequest({ request }) {
    const token = accessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: '' });
api.use(auth);

/** A failed call, carrying the RFC 9457 problem body the backend sends. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** Unwraps an openapi-fetch result: the data, or an ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    throw new ApiError(result.response.status, result.error as Problem | undefined);
  }
  return result.data as T;
}

/** Data plus the ETag the backend sent, to be echoed in If-Match on update. */
export function withEtag<T>(result: { data?: T; error?: unknown; response: Response }) {
  const data = unwrap(result);
  return { data, etag: result.response.headers.get('ETag') ?? '' };
}

/** Paths of the actions on one record: a POST with `{id}` in the path. */
export type ActionPath = Extract<
  { [P in keyof paths]: paths[P] extends { post: object } ? P : never }[keyof paths],
  `${string}{id}${string}`
>;

/**
 * POSTs an action on a record (a placement step, a referral decision, a case action). `ifMatch` is the
 * version the user read, so an action on a stale record is refused (412). The body's type is checked where
 * the action is declared (a union per feature), the path against the contract.
 */
export async function postAction<T>(path: ActionPath, id: string, body?: unknown, ifMatch?: string): Promise<T> {
  const post = api.POST as unknown as (p: string, init: object) => Promise<{ data?: T; error?: unknown; response: Response }>;
  return unwrap(await post(path, { params: { path: { id }, header: ifMatch ? { 'If-Match': ifMatch } : {} }, body }));
}
