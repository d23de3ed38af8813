import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/shared/api/client';
import { invalidate, queryKeys } from '@/shared/api/query-keys';

export type ContactInput = Schemas['ContactInput'];

/** The student's contact log (first page, newest first). */
export const useContacts = (studentId: string, enabled = true) =>
  useQuery({
    enabled,
    queryKey: queryKeys.students.part(studentId, 'contacts'),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/students/{id}/contacts', { params: { path: { id: studentId }, query: { size: 50 } } })),
  });

export function useLogContact(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ContactInput) =>
      unwrap(await api.POST('/api/v1/students/{id}/contacts', { params: { path: { id: studentId } }, body })),
    onSuccess: () =>
      invalidate(queryClient, queryKeys.students.detail(studentId), queryKeys.caseload, queryKeys.employers.all),
  });
}

/** Contacts and visits with an employer, newest first. */
export const useEmployerContacts = (employerId: string, enabled = true) =>
  useQuery({
    enabled,
    queryKey: queryKeys.employers.contacts(employerId),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/employers/{id}/contacts', { params: { path: { id: employerId }, query: { size: 50 } } })),
  });

/** A contact with an employer moves its last contact: the network list and its page refresh. */
export function useLogEmployerContact(employerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['EmployerContactInput']) =>
      unwrap(await api.POST('/api/v1/employers/{id}/contacts', { params: { path: { id: employerId } }, body })),
    onSuccess: () => invalidate(queryClient, queryKeys.employers.all, queryKeys.caseload),
  });
}

export function useCompleteFollowUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (contactId: string) =>
      unwrap(await api.POST('/api/v1/contacts/{id}/follow-up-done', { params: { path: { id: contactId } } })),
    onSuccess: () =>
      invalidate(queryClient, queryKeys.caseload, queryKeys.students.details()),
  });
}
