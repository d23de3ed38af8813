import { lazy, Suspense, type ReactNode } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { primaryRole, useMe, type Role } from '@/features/me/api/get-me';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { NotFound } from './NotFound';
import { withDesk } from './desk';

// Pages load on demand: a mentor on a phone never downloads the broker's case file. The mentor's and the employer's
// first pages need nothing beyond the first page's texts and styles; every other page waits for the rest (withDesk).
const CaseFilePage = lazy(() => withDesk(import('./pages/CaseFilePage')).then((m) => ({ default: m.CaseFilePage })));
const DashboardPage = lazy(() => withDesk(import('@/features/casework/components/DashboardPage')).then((m) => ({ default: m.DashboardPage })));
const EmployerCreatePage = lazy(() => withDesk(import('@/features/employers/components/EmployerCreatePage')).then((m) => ({ default: m.EmployerCreatePage })));
const EmployerPage = lazy(() => withDesk(import('./pages/EmployerPage')).then((m) => ({ default: m.EmployerPage })));
const EmployerEditPage = lazy(() => withDesk(import('@/features/employers/components/EmployerEditPage')).then((m) => ({ default: m.EmployerEditPage })));
const EmployersPage = lazy(() => withDesk(import('@/features/employers/components/EmployersPage')).then((m) => ({ default: m.EmployersPage })));
const PortalPlacementPage = lazy(() => withDesk(import('@/features/employer-portal/components/PortalPlacementPage')).then((m) => ({ default: m.PortalPlacementPage })));
const PortalPlacesPage = lazy(() => withDesk(import('@/features/employer-portal/components/PortalPlacesPage')).then((m) => ({ default: m.PortalPlacesPage })));
const PortalProfilePage = lazy(() => withDesk(import('@/features/employer-portal/components/PortalProfilePage')).then((m) => ({ default: m.PortalProfilePage })));
const EmployerHome = lazy(() => import('@/features/employer-portal/components/EmployerHome').then((m) => ({ default: m.EmployerHome })));
const SettingsPage = lazy(() => withDesk(import('@/features/settings/components/SettingsPage')).then((m) => ({ default: m.SettingsPage })));
const PlacesPage = lazy(() => withDesk(import('@/features/placements/components/PlacesPage')).then((m) => ({ default: m.PlacesPage })));
const PlacementBoardPage = lazy(() => withDesk(import('@/features/placements/components/PlacementBoardPage')).then((m) => ({ default: m.PlacementBoardPage })));
const InboxPage = lazy(() => withDesk(import('@/features/referrals/components/InboxPage')).then((m) => ({ default: m.InboxPage })));
const MentorReferralPage = lazy(() => withDesk(import('@/features/referrals/components/MentorReferralPage')).then((m) => ({ default: m.MentorReferralPage })));
const MentorReferralsPage = lazy(() => import('@/features/referrals/components/MentorReferralsPage').then((m) => ({ default: m.MentorReferralsPage })));
const ReferralWizard = lazy(() => withDesk(import('@/features/referrals/components/ReferralWizard')).then((m) => ({ default: m.ReferralWizard })));
const TriagePage = lazy(() => withDesk(import('@/features/referrals/components/TriagePage')).then((m) => ({ default: m.TriagePage })));
const StudentCreatePage = lazy(() => withDesk(import('@/features/students/components/StudentCreatePage')).then((m) => ({ default: m.StudentCreatePage })));
const StudentEditPage = lazy(() => withDesk(import('@/features/students/components/StudentEditPage')).then((m) => ({ default: m.StudentEditPage })));
const KitPage = lazy(() => withDesk(import('@/features/kit/components/KitPage')).then((m) => ({ default: m.KitPage })));
const SchoolsPage = lazy(() => withDesk(import('@/features/schools/components/SchoolsPage')).then((m) => ({ default: m.SchoolsPage })));
const ImportPage = lazy(() => withDesk(import('@/features/imports/components/ImportPage')).then((m) => ({ default: m.ImportPage })));
const IntegrationsPage = lazy(() => withDesk(import('@/features/integrations/components/IntegrationsPage')).then((m) => ({ default: m.IntegrationsPage })));
const AuditTrailPage = lazy(() => withDesk(import('@/features/audit/components/AuditTrailPage')).then((m) => ({ default: m.AuditTrailPage })));
const ReportsPage = lazy(() => withDesk(import('./pages/ReportsPage')).then((m) => ({ default: m.ReportsPage })));
const StudentsPage = lazy(() => withDesk(import('@/features/students/components/StudentsPage')).then((m) => ({ default: m.StudentsPage })));

const HOME: Record<Role, string> = {
  broker: '/dashboard',
  lead: '/dashboard',
  mentor: '/mentor',
  employer: '/employer-portal',
  integration: '/none',
};

function Home() {
  const me = useMe();
  if (me.isPending) return <PageLoader />;
  if (me.isError) return <QueryError error={me.error} />;
  const role = primaryRole(me.data.roles);
  return <Redirect to={role ? HOME[role] : '/none'} replace />;
}

/** Hides areas a role has no business in; the API enforces the same rules on every call. */
function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const me = useMe();
  if (me.isPending) return <PageLoader />;
  if (me.isError) return <QueryError error={me.error} />;
  return me.data.roles.some((r) => roles.includes(r as Role)) ? <Suspense fallback={<PageLoader />}>{children}</Suspense> : <NotFound />;
}

const office = (el: ReactNode) => <RequireRole roles={['broker', 'lead']}>{el}</RequireRole>;
const mentor = (el: ReactNode) => <RequireRole roles={['mentor']}>{el}</RequireRole>;
const lead = (el: ReactNode) => <RequireRole roles={['lead']}>{el}</RequireRole>;
const company = (el: ReactNode) => <RequireRole roles={['employer']}>{el}</RequireRole>;

/**
 * The pages, first match wins: a fixed path ("students/new") before a parameter ("students/:id"); paths match whole
 * (with or without a trailing slash). The last route is the app's own "not found".
 */
export function Pages() {
  return (
    <Switch>
      <Route path="/"><Home /></Route>
      <Route path="/students">{office(<StudentsPage />)}</Route>
      <Route path="/students/new">{office(<StudentCreatePage />)}</Route>
      <Route path="/students/:id">{office(<CaseFilePage />)}</Route>
      <Route path="/dashboard">{office(<DashboardPage />)}</Route>
      <Route path="/placements">{office(<PlacementBoardPage />)}</Route>
      <Route path="/places">{office(<PlacesPage />)}</Route>
      <Route path="/settings">{lead(<SettingsPage />)}</Route>
      <Route path="/reports">{office(<ReportsPage />)}</Route>
      <Route path="/audit">{lead(<AuditTrailPage />)}</Route>
      <Route path="/integrations">{lead(<IntegrationsPage />)}</Route>
      <Route path="/imports">{office(<ImportPage />)}</Route>
      <Route path="/schools">{office(<SchoolsPage />)}</Route>
      <Route path="/kit">{office(<KitPage />)}</Route>
      <Route path="/students/:id/edit">{office(<StudentEditPage />)}</Route>
      <Route path="/employers">{office(<EmployersPage />)}</Route>
      <Route path="/employers/new">{office(<EmployerCreatePage />)}</Route>
      <Route path="/employers/:id">{office(<EmployerPage />)}</Route>
      <Route path="/employers/:id/edit">{office(<EmployerEditPage />)}</Route>
      <Route path="/referrals">{office(<InboxPage />)}</Route>
      <Route path="/referrals/new">{office(<ReferralWizard mode="broker" />)}</Route>
      <Route path="/referrals/:id">{office(<TriagePage />)}</Route>
      <Route path="/mentor">{mentor(<MentorReferralsPage />)}</Route>
      <Route path="/mentor/new">{mentor(<ReferralWizard />)}</Route>
      <Route path="/mentor/referrals/:id">{mentor(<MentorReferralPage />)}</Route>
      <Route path="/employer-portal">{company(<EmployerHome />)}</Route>
      <Route path="/employer-portal/placements/:id">{company(<PortalPlacementPage />)}</Route>
      <Route path="/employer-portal/places">{company(<PortalPlacesPage />)}</Route>
      <Route path="/employer-portal/profile">{company(<PortalProfilePage />)}</Route>
      <Route><NotFound /></Route>
    </Switch>
  );
}
