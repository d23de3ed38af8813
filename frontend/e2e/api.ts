import { request, type APIRequestContext } from '@playwright/test';

/**
 * Test data made through the API, as the people in the scenario would make it, so a spec never depends on
 * a demo row being in its first state and can run again against the same database. Tokens come from the
 * test Keycloak's password grant (the CLI client of the dev/test realm), the calls go to the e2e backend.
 */
const KEYCLOAK = process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:8181';
const API = process.env.API_TARGET ?? 'http://127.0.0.1:8082';

export const ids = {
  schoolDelta: '00000000-0000-4000-b000-000000000002',
  programmeCare2: '00000000-0000-4000-d000-000000000002',
  programmeRetail2: '00000000-0000-4000-d000-000000000003',
  bakery: '00000000-0000-4000-c000-000000000001',
  orgWest: '00000000-0000-4000-a000-000000000001',
  orgRivier: '00000000-0000-4000-a000-000000000002',
  rivierQuestions: ['00000000-0000-4000-f000-000000000011', '00000000-0000-4000-f000-000000000012'],
};

const today = () => new Date().toISOString().slice(0, 10);

/** A name no earlier run used: runs repeat against one database. */
export function unique(prefix: string) {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

export class Api {
  private constructor(private readonly http: APIRequestContext) {}

  static async as(username: string): Promise<Api> {
    const token = await Api.token(username);
    return new Api(await request.newContext({ baseURL: API, extraHTTPHeaders: { Authorization: `Bearer ${token}` } }));
  }

  /** Without a token, as the public pages call the API. */
  static async anonymous(): Promise<Api> {
    return new Api(await request.newContext({ baseURL: API }));
  }

  /** An access token from the test Keycloak's password grant. */
  static async token(username: string): Promise<string> {
    const auth = await request.newContext();
    const response = await auth.post(`${KEYCLOAK}/realms/stagemakelaar/protocol/openid-connect/token`, {
      form: { grant_type: 'password', client_id: 'stagemakelaar-cli', username, password: 'demo' },
    });
    if (!response.ok()) throw new Error(`login of ${username} failed: ${response.status()}`);
    const { access_token: token } = (await response.json()) as { access_token: string };
    await auth.dispose();
    return token;
  }

  async send<T = Record<string, unknown>>(method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown, headers?: Record<string, string>): Promise<T> {
    const response = await this.http.fetch(`/api/v1${path}`, { method, data, headers });
    if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  }

  /** A lead opens the organisation's public sign-up page, with the settings' current ETag. */
  async openSignUp(notEligibleText: string) {
    const settings = await this.http.fetch('/api/v1/settings');
    await this.send('PUT', '/settings/sign-up', { open: true, notEligibleText }, { 'If-Match': settings.headers()['etag']! });
  }

  /** A student registered by the broker, with consent; optionally with an intake. */
  async student(firstName: string, lastName: string, extra: Record<string, unknown> = {}, intake?: Record<string, unknown>) {
    const s = await this.send<{ id: string }>('POST', '/students', {
      firstName, lastName, dateOfBirth: '2006-05-05', schoolId: ids.schoolDelta, phone: '0612345678',
      consent: { student: true, date: today() }, ...extra,
    });
    if (intake) await this.send('PUT', `/students/${s.id}/intake`, intake, { 'If-Match': '"-1"' });
    return s.id;
  }

  async employer(name: string, extra: Record<string, unknown> = {}) {
    return (await this.send<{ id: string }>('POST', '/employers', { name, city: 'Amsterdam', ...extra })).id;
  }

  async place(employerId: string, title: string, extra: Record<string, unknown> = {}) {
    return (await this.send<{ id: string }>('POST', '/places', { employerId, title, ...extra })).id;
  }

  async propose(studentId: string, target: { placeId?: string; employerId?: string }, extra: Record<string, unknown> = {}) {
    return (await this.send<{ id: string }>('POST', '/placements', {
      studentId, ...target, profile: 'Gemotiveerd en betrouwbaar.', consentToShare: true, consentDate: today(), ...extra,
    })).id;
  }

  /** A referral to Rivier (the school-based desk) by its mentor, answering its checklist as eligible. */
  async referral(firstName: string, lastName: string) {
    return (await this.send<{ id: string }>('POST', '/referrals', {
      organisationId: ids.orgRivier, programmeId: ids.programmeRetail2,
      student: { firstName, lastName, dateOfBirth: '2007-04-04' }, referrer: { kind: 'MENTOR' },
      reason: 'SCHOOL_COULD_NOT_FIND_PLACE', searchDuration: 'MORE_THAN_TWO_MONTHS',
      eligibilityAnswers: [{ questionId: ids.rivierQuestions[0], answer: true }, { questionId: ids.rivierQuestions[1], answer: true }],
      consent: { student: true, date: today() },
    })).id;
  }

  /** A personal self-assessment link for the student; returns the token (the part after /s#). */
  async surveyLink(studentId: string, moment: 'BEFORE' | 'AFTER') {
    const { link } = await this.send<{ link: string }>('POST', `/students/${studentId}/surveys`, { moment });
    return link.slice(link.indexOf('/s#') + 3);
  }

  /** Answers a link as the student would: every statement `value`, every question its first option. */
  async answerSurvey(token: string, value: number) {
    type Form = { sections: { items: { id: string; kind: string; options?: { code: string }[] }[] }[] };
    const form = await this.send<Form>('POST', '/surveys/open', { token });
    const answers = form.sections.flatMap((s) => s.items).map((i) =>
      i.kind === 'SCALE' ? { itemId: i.id, value } : { itemId: i.id, choice: i.options![0]!.code });
    const response = await this.http.fetch('/api/v1/surveys/answers', { method: 'POST', data: { token, answers } });
    if (response.status() !== 204) throw new Error(`answer: ${response.status()} ${await response.text()}`);
  }

  async remove(path: string) {
    const response = await this.http.fetch(`/api/v1${path}`, { method: 'DELETE' });
    if (!response.ok()) throw new Error(`DELETE ${path}: ${response.status()}`);
  }

  async dispose() {
    await this.http.dispose();
  }
}
