import { api, unwrap, type Schemas } from '@/shared/api/client';
import { useCreateRecord } from '@/shared/api/queries';
import { queryKeys } from '@/shared/api/query-keys';

export type StudentInput = Schemas['StudentInput'];

export const useCreateStudent = () =>
  useCreateRecord(async (body: StudentInput) => unwrap(await api.POST('/api/v1/students', { body })), queryKeys.students.lists());
