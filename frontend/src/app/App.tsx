import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { ApiError } from '@/shared/api/client';
import { AuthGate } from './AuthGate';
import { withDesk } from './desk';
import { Pages } from './routes';
import { Shell } from './Shell';
import { cssVariablesResolver, theme } from './theme';

const InvitationPage = lazy(() => withDesk(import('@/features/invitations/components/InvitationPage')).then((m) => ({ default: m.InvitationPage })));

const SurveyPage = lazy(() => withDesk(import('@/features/surveys/components/SurveyPage')).then((m) => ({ default: m.SurveyPage })));

const SignUpPage = lazy(() => withDesk(import('@/features/signup/components/SignUpPage')).then((m) => ({ default: m.SignUpPage })));

const KitLinkPage = lazy(() => withDesk(import('@/features/kit/components/KitLinkPage')).then((m) => ({ default: m.KitLinkPage })));

const ConfirmSignUpPage = lazy(() => withDesk(import('@/features/signup/components/ConfirmSignUpPage')).then((m) => ({ default: m.ConfirmSignUpPage })));

/**
 * The invitation and survey links are opened without an account: no login round trip for them. Their token comes
 * after '#', which the browser never sends to a server (no access log keeps it); links sent before carried it in
 * the path, and move it to the fragment at once.
 */
function linkToken(page: string): string | undefined {
  const { pathname, hash } = window.location;
  if (pathname === `/${page}`) return /^#([A-Za-z0-9_-]{20,100})$/.exec(hash)?.[1];
  const old = new RegExp(`^/${page}/([A-Za-z0-9_-]{20,100})$`).exec(pathname)?.[1];
  if (old) window.history.replaceState(null, '', `/${page}#${old}`);
  return old;
}
const invitationToken = linkToken('invitation');
const surveyToken = linkToken('s');
const kitToken = linkToken('materiaal');
/** The student's own door (no account): the organisation's public page, and the link from the confirmation e-mail. */
const signUpOrganisation = /^\/aanmelden\/([0-9a-f-]{36})\/?$/.exec(window.location.pathname)?.[1];
const signUpToken = window.location.pathname === '/aanmelden-bevestigen'
  ? /^#([A-Za-z0-9_-]{40,8000})$/.exec(window.location.hash)?.[1] : undefined;

function PublicPage() {
  if (invitationToken) return <InvitationPage token={invitationToken} />;
  if (surveyToken) return <SurveyPage token={surveyToken} />;
  if (kitToken) return <KitLinkPage token={kitToken} />;
  if (signUpOrganisation) return <SignUpPage organisationId={signUpOrganisation} />;
  return <ConfirmSignUpPage token={signUpToken!} />;
}

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Client errors (403, 404) will not change on retry; only network and server failures are retried.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

/**
 * The signed-in app: every page behind the Keycloak login. The pages mount after it, so they start at the one the
 * user asked for, not at ?code=….
 */
function SignedInApp() {
  return (
    <AuthGate>
      <QueryClientProvider client={queryClient}>
        <Shell>
          <Pages />
        </Shell>
      </QueryClientProvider>
    </AuthGate>
  );
}

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      {invitationToken || surveyToken || kitToken || signUpOrganisation || signUpToken ? (
        <QueryClientProvider client={queryClient}>
          <Suspense>
            <PublicPage />
          </Suspense>
        </QueryClientProvider>
      ) : (
        <SignedInApp />
      )}
    </MantineProvider>
  );
}
