import { api, unwrap, type Schemas } from '@/shared/api/client';
import { useCreateRecord } from '@/shared/api/queries';
import { queryKeys } from '@/shared/api/query-keys';

export type EmployerInput = Schemas['EmployerInput'];

export const useCreateEmployer = () =>
  useCreateRecord(async (body: EmployerInput) => unwrap(await api.POST('/api/v1/employers', { body })), queryKeys.employers.lists());
