import type { QueryClient } from '@tanstack/react-query';

// Query keys, one factory per feature: queries and invalidations use the same functions, so a key that
// a mutation refreshes cannot drift from the key its query caches under. Features share this file because a
// step in one (a placement, a referral decision) refreshes another's data (the student, the caseload).

const students = {
  all: ['students'] as const,
  lists: () => [...students.all, 'list'] as const,
  list: (filters: object) => [...students.lists(), filters] as const,
  details: () => [...students.all, 'detail'] as const,
  detail: (id: string) => [...students.details(), id] as const,
  /** One part of a case file: its intake, files, contacts, timeline page… */
  part: (id: string, part: string, ...rest: unknown[]) => [...students.detail(id), part, ...rest] as const,
};

const employers = {
  all: ['employers'] as const,
  lists: () => [...employers.all, 'list'] as const,
  list: (filters: object) => [...employers.lists(), filters] as const,
  options: () => [...employers.all, 'options'] as const,
  detail: (id: string) => [...employers.all, 'detail', id] as const,
  invitations: (id: string) => [...employers.detail(id), 'invitations'] as const,
  recentOutreach: (id: string | null) => [...employers.all, 'recent-outreach', id] as const,
  contacts: (id: string) => [...employers.detail(id), 'contacts'] as const,
  outreach: (id: string) => [...employers.detail(id), 'outreach'] as const,
};

const referrals = {
  all: ['referrals'] as const,
  lists: () => [...referrals.all, 'list'] as const,
  list: (filters: object) => [...referrals.lists(), filters] as const,
  detail: (id: string) => [...referrals.all, 'detail', id] as const,
  counts: () => [...referrals.all, 'counts'] as const,
  targets: () => ['referral-targets'] as const,
};

const placements = {
  all: ['placements'] as const,
  list: (filters: object) => [...placements.all, 'list', filters] as const,
  checkIns: (id: string) => [...placements.all, 'check-ins', id] as const,
  interventions: (id: string) => [...placements.all, 'interventions', id] as const,
};

const places = {
  all: ['places'] as const,
  list: (filters: object) => [...places.all, 'list', filters] as const,
};

const portal = {
  all: ['portal'] as const,
  candidates: () => [...portal.all, 'candidates'] as const,
  interns: () => [...portal.all, 'interns'] as const,
  placement: (id: string) => [...portal.all, 'placement', id] as const,
  checkIns: (id: string) => [...portal.placement(id), 'check-ins'] as const,
  profile: () => [...portal.all, 'profile'] as const,
  places: () => [...portal.all, 'places'] as const,
};

const settings = {
  all: ['settings'] as const,
  current: () => [...settings.all, 'current'] as const,
  history: () => [...settings.all, 'history'] as const,
};

const audit = {
  all: ['audit'] as const,
  list: (filters: object) => [...audit.all, 'list', filters] as const,
};

const webhooks = {
  all: ['webhooks'] as const,
  list: () => [...webhooks.all, 'list'] as const,
  deliveries: (id: string, page: number) => [...webhooks.all, 'deliveries', id, page] as const,
};

export const queryKeys = {
  audit,
  webhooks,
  settings,
  students,
  employers,
  referrals,
  placements,
  places,
  portal,
  caseload: ['caseload'] as const,
  me: ['me'] as const,
  brokers: ['staff', 'brokers'] as const,
  staff: ['staff', 'all'] as const,
  schools: ['schools'] as const,
  programmes: ['programmes'] as const,
  invitation: (token: string) => ['invitation', token] as const,
};

/** Refreshes everything under these keys (each a prefix), in parallel. */
export function invalidate(queryClient: QueryClient, ...keys: readonly (readonly unknown[])[]) {
  return Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}
