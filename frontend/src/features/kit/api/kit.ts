import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, withEtag, type Schemas } from '@/shared/api/client';
import { invalidate, queryKeys } from '@/shared/api/query-keys';
import { saveDownload } from '@/shared/api/save-file';

const KIT = ['kit'] as const;

export const useKit = () =>
  useQuery({ queryKey: KIT, queryFn: async () => unwrap(await api.GET('/api/v1/kit')) });

export function useAddKitDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { file: File; title: string; preparationItem: string | null }) =>
      unwrap(
        await api.POST('/api/v1/kit/documents', {
          // The generated type says string (binary); the browser sends the File as multipart.
          body: { file: input.file as unknown as string, title: input.title, preparationItem: input.preparationItem ?? undefined },
          bodySerializer: (body) => {
            const form = new FormData();
            form.append('file', body.file as unknown as Blob);
            form.append('title', body.title ?? '');
            if (body.preparationItem) form.append('preparationItem', body.preparationItem);
            return form;
          },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KIT }),
  });
}

export function useDeleteKitDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (documentId: string) =>
      unwrap(await api.DELETE('/api/v1/kit/documents/{documentId}', { params: { path: { documentId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KIT }),
  });
}

/** With the bearer token (a plain link would carry none). */
export async function downloadKitDocument(documentId: string, fileName: string) {
  saveDownload(await api.GET('/api/v1/kit/documents/{documentId}/content', { params: { path: { documentId } }, parseAs: 'blob' }),
    fileName);
}

export function useSaveTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ template, body }: { template?: Schemas['MessageTemplate']; body: Schemas['MessageTemplateInput'] }) =>
      template
        ? withEtag(await api.PUT('/api/v1/kit/templates/{templateId}', {
          params: { path: { templateId: template.id }, header: { 'If-Match': `"${template.version}"` } }, body }))
        : withEtag(await api.POST('/api/v1/kit/templates', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KIT }),
  });
}

export function useDeleteTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (templateId: string) =>
      unwrap(await api.DELETE('/api/v1/kit/templates/{templateId}', { params: { path: { templateId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KIT }),
  });
}

export const useKitSends = (studentId: string) =>
  useQuery({
    queryKey: queryKeys.students.part(studentId, 'kit-sends'),
    queryFn: async () => unwrap(await api.GET('/api/v1/students/{id}/kit-sends', { params: { path: { id: studentId } } })),
  });

export function useSendKit(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['KitSendInput']) =>
      unwrap(await api.POST('/api/v1/students/{id}/kit-sends', { params: { path: { id: studentId } }, body })),
    // The checklist and the timeline change with it.
    onSuccess: () => invalidate(queryClient, queryKeys.students.detail(studentId)),
  });
}

/** The student's page: anonymous, the link's token is the credential. */
export const useKitLink = (token: string) =>
  useQuery({
    queryKey: ['kit-link', token],
    queryFn: async () => unwrap(await api.POST('/api/v1/kit-links/open', { body: { token } })),
    retry: false,
  });

export async function downloadFromKitLink(token: string, documentId: string, fileName: string) {
  saveDownload(await api.POST('/api/v1/kit-links/documents/{documentId}', {
    params: { path: { documentId } }, body: { token }, parseAs: 'blob',
  }), fileName);
}
