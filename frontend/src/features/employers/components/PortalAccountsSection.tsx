import { Alert, Badge, Button, Card, Code, CopyButton, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';
import { FormButtons, FormProblem, useServerForm } from '@/shared/forms/action-form';
import { validators } from '@/shared/forms/validators';
import { formatDate } from '@/shared/ui/format';
import { useInvitationAction, useInvitations, useInvite } from '../api/invitations';

/** Who of this employer can log in to the employer portal; invite, send again, revoke. */
export function PortalAccountsSection({ employerId }: { employerId: string }) {
  const { t, i18n } = useTranslation();
  const list = useInvitations(employerId);
  const invite = useInvite(employerId);
  const action = useInvitationAction(employerId);
  const [link, setLink] = useState<string | null>(null);
  const rules = validators(t);
  const { form, problem, busy, submit } = useServerForm({
    serverFields: ['email', 'firstName', 'lastName'],
    initialValues: { email: '', firstName: '', lastName: '' },
    validate: { firstName: rules.requiredText(100), lastName: rules.requiredText(100), email: (v) => rules.required(v) ?? rules.email(v) },
  });

  const show = (r: Schemas['Invitation']) => setLink(r.link ?? null);
  const send = submit(async (v) => {
    show(await invite.mutateAsync(v));
    form.reset();
  });

  return (
    <Card withBorder data-testid="portal-accounts">
      <Title order={3} size="h4">{t('portalAccounts.title')}</Title>
      <Text size="sm" mb="sm">{t('portalAccounts.help')}</Text>
      <Stack>
        {link && (
          <Alert color="blue" variant="light" role="status">
            <Text size="sm">{t('portalAccounts.link')}</Text>
            <Code block data-testid="invitation-link">{link}</Code>
            <CopyButton value={link}>
              {({ copied, copy }) => <Button size="xs" mt="xs" variant="light" onClick={copy}>{copied ? t('portalAccounts.copied') : t('portalAccounts.copy')}</Button>}
            </CopyButton>
          </Alert>
        )}
        {list.data && list.data.length === 0 && <Text size="sm">{t('portalAccounts.none')}</Text>}
        {list.data && list.data.length > 0 && (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {list.data.map((i) => {
              const name = `${i.firstName} ${i.lastName}`;
              return (
                <Group key={i.id} component="li" justify="space-between" wrap="nowrap">
                  <div>
                    <Text fw={600}>{name}</Text>
                    <Group gap={6}>
                      <Text size="sm">{i.email}</Text>
                      <Badge size="sm" variant="light" c="dark" tt="none" color={i.status === 'ACTIVE' ? 'green' : i.status === 'REVOKED' ? 'gray' : 'blue'}>
                        {t(`portalAccounts.status.${i.status}`)}{i.expired ? ` (${t('portalAccounts.expired')})` : ''}
                      </Badge>
                      <Text size="xs">{formatDate(i.createdAt, i18n.language)}</Text>
                    </Group>
                  </div>
                  <Group gap={4} wrap="nowrap">
                    {i.status === 'INVITED' && (
                      <Button size="xs" variant="default" onClick={() => void action.mutateAsync({ id: i.id, action: 'resend' }).then(show)}>
                        {t('portalAccounts.resend')}
                      </Button>
                    )}
                    {i.status !== 'REVOKED' && (
                      <Button size="xs" variant="default" color="red" aria-label={t('portalAccounts.revokeFor', { name })}
                        onClick={() => { if (window.confirm(t('portalAccounts.revokeConfirm', { name }))) action.mutate({ id: i.id, action: 'revoke' }); }}>
                        {t('portalAccounts.revoke')}
                      </Button>
                    )}
                  </Group>
                </Group>
              );
            })}
          </Stack>
        )}
        <form onSubmit={send} noValidate>
          <Stack gap="xs">
            <FormProblem problem={problem} />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label={t('portalAccounts.firstName')} maxLength={100} {...form.getInputProps('firstName')} />
              <TextInput label={t('portalAccounts.lastName')} maxLength={100} {...form.getInputProps('lastName')} />
              <TextInput label={t('portalAccounts.email')} type="email" maxLength={254} {...form.getInputProps('email')} />
            </SimpleGrid>
            <FormButtons busy={busy} submitLabel={t('portalAccounts.invite')} />
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}
