import type { ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { primaryRole, useMe, type Role } from '@/features/me/api/get-me';
import { CaseFilePage } from './pages/CaseFilePage';
import { DashboardPage } from '@/features/casework/components/DashboardPage';
import { EmployerCreatePage } from '@/features/employers/components/EmployerCreatePage';
import { EmployerDetailPage } from '@/features/employers/components/EmployerDetailPage';
import { EmployerEditPage } from '@/features/employers/components/EmployerEditPage';
import { EmployersPage } from '@/features/employers/components/EmployersPage';
import { EmployerHome } from '@/features/employer-portal/components/EmployerHome';
import { PlacementBoardPage } from '@/features/placements/components/PlacementBoardPage';
import { InboxPage } from '@/features/referrals/components/InboxPage';
import { MentorReferralPage } from '@/features/referrals/components/MentorReferralPage';
import { MentorReferralsPage } from '@/features/referrals/components/MentorReferralsPage';
import { ReferralWizard } from '@/features/referrals/components/ReferralWizard';
import { TriagePage } from '@/features/referrals/components/TriagePage';
import { StudentCreatePage } from '@/features/students/components/StudentCreatePage';
import { StudentEditPage } from '@/features/students/components/StudentEditPage';
import { StudentsPage } from '@/features/students/components/StudentsPage';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { NotFound } from './NotFound';
import { Shell } from './Shell';

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
  return <Navigate to={role ? HOME[role] : '/none'} replace />;
}

/** Hides areas a role has no business in; the API enforces the same rules on every call. */
function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const me = useMe();
  if (me.isPending) return <PageLoader />;
  if (me.isError) return <QueryError error={me.error} />;
  return me.data.roles.some((r) => roles.includes(r as Role)) ? <>{children}</> : <NotFound />;
}

const office = (el: ReactNode) => <RequireRole roles={['broker', 'lead']}>{el}</RequireRole>;
const mentor = (el: ReactNode) => <RequireRole roles={['mentor']}>{el}</RequireRole>;

export const routes: RouteObject[] = [
  {
    element: <Shell />,
    children: [
      { index: true, element: <Home /> },
      { path: 'students', element: office(<StudentsPage />) },
      { path: 'students/new', element: office(<StudentCreatePage />) },
      { path: 'students/:id', element: office(<CaseFilePage />) },
      { path: 'dashboard', element: office(<DashboardPage />) },
      { path: 'placements', element: office(<PlacementBoardPage />) },
      { path: 'students/:id/edit', element: office(<StudentEditPage />) },
      { path: 'employers', element: office(<EmployersPage />) },
      { path: 'employers/new', element: office(<EmployerCreatePage />) },
      { path: 'employers/:id', element: office(<EmployerDetailPage />) },
      { path: 'employers/:id/edit', element: office(<EmployerEditPage />) },
      { path: 'referrals', element: office(<InboxPage />) },
      { path: 'referrals/:id', element: office(<TriagePage />) },
      { path: 'mentor', element: mentor(<MentorReferralsPage />) },
      { path: 'mentor/new', element: mentor(<ReferralWizard />) },
      { path: 'mentor/referrals/:id', element: mentor(<MentorReferralPage />) },
      { path: 'employer-portal', element: <RequireRole roles={['employer']}><EmployerHome /></RequireRole> },
      { path: '*', element: <NotFound /> },
    ],
  },
];
