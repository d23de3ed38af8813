import * as oauth from 'oauth4webapi';

// Login with Keycloak: the authorization code flow with PKCE for a public client, tokens renewed with the refresh
// token, kept in this tab's sessionStorage. The protocol's checks (state, issuer, the token responses and the ID
// token's claims) are oauth4webapi's; this file only keeps the session. Chosen over oidc-client-ts and
// react-oidc-context (18 kB gzip of a first page, issue 15) for the 7 kB that the flow needs.

export type Session =
  | { status: 'starting' }
  | { status: 'signedIn'; accessToken: string }
  | { status: 'failed'; message: string };

type Tokens = { accessToken: string; refreshToken?: string; idToken?: string; expiresAt: number };
type PendingLogin = { state: string; verifier: string; returnTo: string };

export type AuthSettings = { authority: string; clientId: string };

const TOKENS = 'stagemakelaar.tokens';
const PENDING = 'stagemakelaar.login';
const RENEW_BEFORE_MS = 60_000;

let settings: AuthSettings;
let server: Promise<oauth.AuthorizationServer> | undefined;
let session: Session = { status: 'starting' };
let renewTimer: ReturnType<typeof setTimeout> | undefined;
let started: Promise<void> | undefined;
const listeners = new Set<() => void>();

const client = (): oauth.Client => ({ client_id: settings.clientId });
const redirectUri = () => `${window.location.origin}/`;
// Keycloak over plain HTTP only on this machine (development, tests); anywhere else it must be HTTPS.
const http = () => {
  const url = new URL(settings.authority);
  return url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname) ? { [oauth.allowInsecureRequests]: true } : {};
};

function authorizationServer(): Promise<oauth.AuthorizationServer> {
  server ??= (async () => {
    const issuer = new URL(settings.authority);
    return oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, http()));
  })();
  server.catch(() => (server = undefined));
  return server;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function set(next: Session) {
  session = next;
  listeners.forEach((listener) => listener());
}

function read<T>(key: string): T | undefined {
  try {
    const text = sessionStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** Back to the page the user wanted before the login round trip; only same-app paths. */
function safePath(path: string | undefined): string {
  return path && path.startsWith('/') && !path.startsWith('//') ? path : '/';
}

function keep(response: oauth.TokenEndpointResponse, previous?: Tokens) {
  const tokens: Tokens = {
    accessToken: response.access_token,
    refreshToken: response.refresh_token ?? previous?.refreshToken,
    idToken: response.id_token ?? previous?.idToken,
    expiresAt: Date.now() + (response.expires_in ?? 300) * 1000,
  };
  sessionStorage.setItem(TOKENS, JSON.stringify(tokens));
  set({ status: 'signedIn', accessToken: tokens.accessToken });
  scheduleRenew(tokens);
}

function scheduleRenew(tokens: Tokens) {
  clearTimeout(renewTimer);
  if (tokens.refreshToken) renewTimer = setTimeout(() => void renew(), Math.max(tokens.expiresAt - Date.now() - RENEW_BEFORE_MS, 1_000));
}

let renewing: Promise<void> | undefined;

/** One renewal at a time (the timer and a tab coming back may ask together). */
function renew(): Promise<void> {
  renewing ??= renewNow().finally(() => (renewing = undefined));
  return renewing;
}

async function renewNow(): Promise<void> {
  const tokens = read<Tokens>(TOKENS);
  if (!tokens?.refreshToken) return signIn();
  try {
    const as = await authorizationServer();
    const response = await oauth.refreshTokenGrantRequest(as, client(), oauth.None(), tokens.refreshToken, http());
    keep(await oauth.processRefreshTokenResponse(as, client(), response), tokens);
  } catch (error) {
    // Keycloak's session ended (idle, logged out elsewhere): log in again, back to this page. A network failure:
    // try again shortly, the current token may still be good.
    if (error instanceof oauth.ResponseBodyError) {
      sessionStorage.removeItem(TOKENS);
      return signIn();
    }
    if (session.status !== 'signedIn') return set({ status: 'failed', message: messageOf(error) });
    renewTimer = setTimeout(() => void renew(), 15_000);
  }
}

/** To Keycloak's login page; afterwards back to `returnTo` (the current page by default). */
export async function signIn(returnTo = window.location.pathname + window.location.search): Promise<void> {
  try {
    const as = await authorizationServer();
    const pending: PendingLogin = { state: oauth.generateRandomState(), verifier: oauth.generateRandomCodeVerifier(), returnTo };
    sessionStorage.setItem(PENDING, JSON.stringify(pending));
    const url = new URL(as.authorization_endpoint!);
    url.search = new URLSearchParams({
      client_id: settings.clientId,
      redirect_uri: redirectUri(),
      response_type: 'code',
      scope: 'openid profile email',
      state: pending.state,
      code_challenge: await oauth.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
    }).toString();
    window.location.assign(url.href);
  } catch (error) {
    set({ status: 'failed', message: messageOf(error) });
  }
}

/** Ends the Keycloak session too, then back to the start page (which asks for a login again). */
export async function signOut(): Promise<void> {
  const tokens = read<Tokens>(TOKENS);
  sessionStorage.removeItem(TOKENS);
  clearTimeout(renewTimer);
  const as = await authorizationServer().catch(() => undefined);
  if (!as?.end_session_endpoint) return window.location.assign(redirectUri());
  const url = new URL(as.end_session_endpoint);
  url.search = new URLSearchParams({
    client_id: settings.clientId,
    post_logout_redirect_uri: redirectUri(),
    ...(tokens?.idToken ? { id_token_hint: tokens.idToken } : {}),
  }).toString();
  window.location.assign(url.href);
}

async function completeLogin(pending: PendingLogin, url: URL): Promise<void> {
  sessionStorage.removeItem(PENDING);
  const as = await authorizationServer();
  const params = oauth.validateAuthResponse(as, client(), url, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(as, client(), oauth.None(), params, redirectUri(), pending.verifier, http());
  keep(await oauth.processAuthorizationCodeResponse(as, client(), response));
  // Drop ?code=…&state=… from the address bar.
  window.history.replaceState({}, document.title, safePath(pending.returnTo));
}

// What Keycloak adds to the address when it sends the browser back.
const CALLBACK = ['code', 'state', 'session_state', 'iss', 'error', 'error_description'];

async function start(): Promise<void> {
  const url = new URL(window.location.href);
  const pending = read<PendingLogin>(PENDING);
  const callback = CALLBACK.some((name) => url.searchParams.has(name));
  try {
    if (pending && callback) return await completeLogin(pending, url);
  } catch (error) {
    return set({ status: 'failed', message: messageOf(error) });
  }
  // A login's answer without its login (an old address, a reload afterwards): used once already, so only dropped.
  if (callback) {
    CALLBACK.forEach((name) => url.searchParams.delete(name));
    window.history.replaceState({}, document.title, url.pathname + url.search);
  }
  const tokens = read<Tokens>(TOKENS);
  if (tokens && tokens.expiresAt - Date.now() > RENEW_BEFORE_MS / 2) {
    set({ status: 'signedIn', accessToken: tokens.accessToken });
    return scheduleRenew(tokens);
  }
  return tokens?.refreshToken ? renew() : signIn();
}

/** Starts the session once per page load: finishes a login coming back, keeps the tab's session, or logs in. */
export function startSession(authSettings: AuthSettings): void {
  if (started) return;
  settings = authSettings;
  started = start();
  // A tab in the background may miss its renewal (timers are throttled): renew on return when it is due.
  document.addEventListener('visibilitychange', () => {
    const tokens = read<Tokens>(TOKENS);
    if (document.visibilityState === 'visible' && tokens && tokens.expiresAt - Date.now() < RENEW_BEFORE_MS) void renew();
  });
}

export const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
export const currentSession = () => session;
