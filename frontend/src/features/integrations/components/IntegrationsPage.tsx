import { Alert, Badge, Button, Card, Checkbox, CopyButton, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';
import { DataTable } from '@/shared/ui/DataTable';
import { ListPagination } from '@/shared/ui/ListPagination';
import { PageHeader } from '@/shared/ui/PageHeader';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { formatDateTime } from '@/shared/ui/format';
import { useDeliveries, useIntegrationClients, useWebhookActions, useWebhooks } from '../api/webhooks';

const EVENTS = ['referral.created', 'referral.decided', 'student.phase_changed', 'student.erased', 'placement.status_changed',
  'checkin.signal_raised'] as const;
/** Translation keys have no dots in their last part: referral.created → integrations.events.referral_created. */
const eventKey = (type: string) => `integrations.events.${type.replace('.', '_')}` as 'integrations.events.referral_created';
// Dark shades: text on white must keep a 4.5:1 contrast.
const STATUS_COLOR: Record<string, string> = { DELIVERED: 'green.9', PENDING: 'blue.9', FAILED: 'red.9' };

/** The endpoint's delivery log, newest first. */
function Deliveries({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const log = useDeliveries(id, page - 1);
  if (log.isPending) return <PageLoader />;
  if (log.isError) return <QueryError error={log.error} />;
  if (log.data.total === 0) return <Text size="sm">{t('integrations.noDeliveries')}</Text>;
  return (
    <Stack gap="xs">
      <DataTable compact caption={t('integrations.deliveries')} columns={[{ label: t('integrations.event') },
        { label: t('integrations.status') }, { label: t('integrations.attempts'), visibleFrom: 'sm' }, { label: t('integrations.lastAnswer') }]}>
        {log.data.items.map((d) => (
          <Table.Tr key={d.id}>
            <Table.Td>
              <Text size="sm">{t(eventKey(d.eventType))}</Text>
              <Text size="xs" c="dimmed">#{d.eventId} · {formatDateTime(d.occurredAt, i18n.language)}</Text>
            </Table.Td>
            <Table.Td><Text size="sm" fw={600} c={STATUS_COLOR[d.status]}>{t(`integrations.deliveryStatus.${d.status}` as 'integrations.deliveryStatus.PENDING')}</Text></Table.Td>
            <Table.Td visibleFrom="sm">{d.attempts}</Table.Td>
            <Table.Td>
              <Text size="sm">{d.lastError ?? (d.lastStatus ? String(d.lastStatus) : '–')}</Text>
              {d.nextAttemptAt && d.attempts > 0 && <Text size="xs" c="dimmed">{t('integrations.nextAttempt', { at: formatDateTime(d.nextAttemptAt, i18n.language) })}</Text>}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      <ListPagination total={log.data.total} pageSize={log.data.size} page={page} onChange={setPage} />
    </Stack>
  );
}

function Endpoint({ e }: { e: Schemas['WebhookEndpoint'] }) {
  const { t, i18n } = useTranslation();
  const { resume, remove } = useWebhookActions();
  const [open, setOpen] = useState(false);
  return (
    <Card withBorder data-testid="webhook">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <div style={{ minWidth: 0 }}>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>{e.url}</Text>
          <Group gap={4} mt={4}>
            {e.events.map((ev) => <Badge key={ev} size="sm" variant="light" c="dark" tt="none">{t(eventKey(ev))}</Badge>)}
          </Group>
        </div>
        <Badge color={e.status === 'ACTIVE' ? 'green' : 'orange'} c="dark" variant="light" tt="none">
          {t(`integrations.endpointStatus.${e.status}` as 'integrations.endpointStatus.ACTIVE')}
        </Badge>
      </Group>
      {e.status === 'PAUSED' && (
        <Alert color="orange" variant="light" mt="sm">{t('integrations.paused', { at: formatDateTime(e.pausedAt!, i18n.language) })}</Alert>
      )}
      {e.status === 'ACTIVE' && e.failingSince && (
        <Text size="sm" c="orange.9" mt="xs">{t('integrations.failing', { since: formatDateTime(e.failingSince, i18n.language) })}</Text>
      )}
      <Group gap="xs" mt="sm">
        <Button size="compact-sm" variant="default" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {open ? t('integrations.hideDeliveries') : t('integrations.showDeliveries')}
        </Button>
        {e.status === 'PAUSED' && (
          <Button size="compact-sm" loading={resume.isPending} onClick={() => resume.mutate(e.id)}>{t('integrations.resume')}</Button>
        )}
        <Button size="compact-sm" variant="subtle" color="red" loading={remove.isPending}
          onClick={() => { if (window.confirm(t('integrations.confirmRemove', { url: e.url }))) remove.mutate(e.id); }}>
          {t('integrations.remove')}
        </Button>
      </Group>
      {open && <div style={{ marginTop: 12 }}><Deliveries id={e.id} /></div>}
    </Card>
  );
}

/** The systems that may call the API for the organisation (Keycloak clients): names only, never secrets. */
function Clients() {
  const { t } = useTranslation();
  const clients = useIntegrationClients();
  return (
    <Card withBorder data-testid="integration-clients">
      <Title order={2} size="h4" mb="xs">{t('integrations.clients')}</Title>
      <Text size="sm" c="dimmed" mb="xs">{t('integrations.clientsIntro')}</Text>
      {clients.isPending ? <PageLoader /> : clients.isError ? <QueryError error={clients.error} /> : clients.data.length === 0
        ? <Text size="sm">{t('integrations.noClients')}</Text> : (
          <Stack gap={6}>
            {clients.data.map((c) => (
              <Group key={c.clientId} gap="xs" wrap="wrap">
                <Text size="sm" fw={600}>{c.name ?? c.clientId}</Text>
                <Text size="sm" c="dimmed">{c.clientId}</Text>
                <Badge size="sm" variant="light" c="dark" tt="none" color={c.enabled ? 'green' : 'gray'}>
                  {c.enabled ? t('integrations.clientEnabled') : t('integrations.clientDisabled')}
                </Badge>
              </Group>
            ))}
          </Stack>
        )}
    </Card>
  );
}

/** The lead's page for the organisation's connected systems: webhook endpoints, their secret once, their log. */
export function IntegrationsPage() {
  const { t } = useTranslation();
  const endpoints = useWebhooks();
  const { create } = useWebhookActions();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>(['referral.created', 'referral.decided']);
  const [made, setMade] = useState<Schemas['WebhookEndpoint'] | null>(null);
  const urlError = create.error && (create.error as { errors?: { field: string; message: string }[] }).errors?.find((x) => x.field === 'url');

  return (
    <>
      <PageHeader title={t('integrations.title')} />
      <Text mb="md" maw={720}>{t('integrations.intro')}</Text>
      <Stack maw={820}>
        <Clients />
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">{t('integrations.new')}</Title>
          <form onSubmit={async (ev) => {
            ev.preventDefault();
            setMade(await create.mutateAsync({ url: url.trim(), events }));
            setUrl('');
          }}>
            <Stack gap="sm">
              <TextInput required label={t('integrations.url')} description={t('integrations.urlHint')} value={url} type="url"
                onChange={(e) => setUrl(e.currentTarget.value)} error={urlError ? t('integrations.urlInvalid') : undefined} />
              <Checkbox.Group label={t('integrations.which')} value={events} onChange={setEvents} required>
                <Stack gap={6} mt={6}>
                  {EVENTS.map((ev) => <Checkbox key={ev} value={ev} label={t(eventKey(ev))} />)}
                </Stack>
              </Checkbox.Group>
              <Group><Button type="submit" loading={create.isPending} disabled={events.length === 0}>{t('integrations.add')}</Button></Group>
            </Stack>
          </form>
          {made?.secret && (
            <Alert color="blue" variant="light" mt="sm" data-testid="webhook-secret">
              <Stack gap="xs">
                <Text size="sm">{t('integrations.secretOnce')}</Text>
                <TextInput readOnly label={t('integrations.secret')} value={made.secret} onFocus={(e) => e.currentTarget.select()} />
                <Group>
                  <CopyButton value={made.secret}>
                    {({ copied, copy }) => <Button size="compact-sm" onClick={copy}>{copied ? t('surveys.copied') : t('integrations.copySecret')}</Button>}
                  </CopyButton>
                </Group>
              </Stack>
            </Alert>
          )}
        </Card>
        {endpoints.isPending ? <PageLoader /> : endpoints.isError ? <QueryError error={endpoints.error} /> : (
          endpoints.data.length === 0 ? <Text>{t('integrations.none')}</Text>
            : endpoints.data.map((e) => <Endpoint key={e.id} e={e} />)
        )}
      </Stack>
    </>
  );
}
