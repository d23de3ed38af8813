import { useQuery } from '@tanstack/react-query';
import { listQuery } from '@/shared/api/queries';
import type { paths } from '@/shared/api/schema';
import { queryKeys } from '@/shared/api/query-keys';

export type AuditFilters = NonNullable<paths['/api/v1/audit-events']['get']['parameters']['query']>;

export const useAuditEvents = (filters: AuditFilters) =>
  useQuery(listQuery(queryKeys.audit.list(filters), '/api/v1/audit-events', filters));
