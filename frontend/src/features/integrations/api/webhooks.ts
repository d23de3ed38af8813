import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/shared/api/client';
import { invalidate, queryKeys } from '@/shared/api/query-keys';

export const useWebhooks = () =>
  useQuery({ queryKey: queryKeys.webhooks.list(), queryFn: async () => unwrap(await api.GET('/api/v1/webhooks')) });

export const useIntegrationClients = () =>
  useQuery({ queryKey: ['integration-clients'], queryFn: async () => unwrap(await api.GET('/api/v1/integration-clients')) });

export const useDeliveries = (id: string, page: number) =>
  useQuery({
    queryKey: queryKeys.webhooks.deliveries(id, page),
    queryFn: async () => unwrap(await api.GET('/api/v1/webhooks/{id}/deliveries',
      { params: { path: { id }, query: { page, size: 20 } } })),
    placeholderData: keepPreviousData,
  });

export function useWebhookActions() {
  const queryClient = useQueryClient();
  const refresh = () => invalidate(queryClient, queryKeys.webhooks.all);
  return {
    create: useMutation({
      mutationFn: async (body: Schemas['WebhookEndpointInput']) => unwrap(await api.POST('/api/v1/webhooks', { body })),
      onSuccess: refresh,
    }),
    resume: useMutation({
      mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/webhooks/{id}/resume', { params: { path: { id } } })),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: async (id: string) => unwrap(await api.DELETE('/api/v1/webhooks/{id}', { params: { path: { id } } })),
      onSuccess: refresh,
    }),
  };
}
