import { Alert, Anchor, Badge, Button, Card, Checkbox, CopyButton, Group, Radio, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';
import { FormProblem } from '@/shared/forms/action-form';
import { problemMessage } from '@/shared/api/form-errors';
import { usePersonName } from '@/shared/api/people';
import { formatDate } from '@/shared/ui/format';
import { useKit, useKitSends, useSendKit } from '../api/kit';

type Channel = Schemas['KitSendInput']['channel'];

/**
 * The starter kit on the case file: one action at intake sends the organisation's documents by e-mail or as a
 * WhatsApp message with a personal download link; below, what went out when and whether the student opened it.
 */
export function KitPanel({ student }: { student: Schemas['StudentView'] }) {
  const { t, i18n } = useTranslation();
  const kit = useKit();
  const sends = useKitSends(student.id);
  const send = useSendKit(student.id);
  const personName = usePersonName();
  const [channel, setChannel] = useState<Channel>(student.email ? 'EMAIL' : 'MESSAGE');
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [sent, setSent] = useState<Schemas['KitSent'] | null>(null);
  const [now] = useState(() => Date.now());
  const lng = i18n.language;
  const documents = kit.data?.documents ?? [];
  const selected = chosen ?? documents.map((d) => d.id);

  return (
    <Card withBorder maw={720} data-testid="kit">
      <Title order={3} size="h5" mb={4}>{t('kit.panelTitle')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('kit.panelIntro')}</Text>
      {kit.isSuccess && documents.length === 0 && <Text size="sm">{t('kit.noKit')}</Text>}
      {documents.length > 0 && !sent && (
        <Stack gap="sm">
          <Radio.Group label={t('kit.channel')} value={channel} onChange={(v) => setChannel(v as Channel)}
            description={student.email ? undefined : t('kit.noEmail')}>
            <Stack gap={6} mt={6}>
              <Radio value="EMAIL" label={t('kit.channels.EMAIL')} disabled={!student.email} />
              <Radio value="MESSAGE" label={t('kit.channels.MESSAGE')} />
            </Stack>
          </Radio.Group>
          <Select label={t('kit.template')} value={templateId} onChange={setTemplateId} placeholder={t('kit.standardText')} clearable
            data={(kit.data?.templates ?? []).map((m) => ({ value: m.id, label: m.name }))} />
          <Checkbox.Group label={t('kit.which')} value={selected} onChange={setChosen}>
            <Stack gap={6} mt={6}>
              {documents.map((d) => <Checkbox key={d.id} value={d.id} label={d.title} />)}
            </Stack>
          </Checkbox.Group>
          <FormProblem problem={send.isError ? problemMessage(send.error, t) : undefined} />
          <Group>
            <Button loading={send.isPending} disabled={selected.length === 0}
              onClick={async () => setSent(await send.mutateAsync({ channel, templateId: templateId ?? undefined, documentIds: selected }))}>
              {t('kit.send')}
            </Button>
          </Group>
        </Stack>
      )}
      {sent && (
        <Alert color="blue" variant="light" data-testid="kit-sent">
          <Stack gap="xs">
            <Text size="sm">
              {sent.emailedTo ? t('kit.emailed', { email: sent.emailedTo, date: formatDate(sent.send.expiresAt, lng) })
                : t('kit.messageReady', { date: formatDate(sent.send.expiresAt, lng) })}
            </Text>
            {sent.started.length > 0 && (
              <Text size="sm">{t('kit.started', { items: sent.started.map((i) => t(`casework.items.${i}`)).join(', ') })}</Text>
            )}
            {!sent.emailedTo && (
              <>
                <Textarea readOnly autosize minRows={4} label={t('kit.template')} value={sent.message}
                  onFocus={(e) => e.currentTarget.select()} />
                <Group gap="xs">
                  <CopyButton value={sent.message}>
                    {({ copied, copy }) => <Button size="compact-sm" onClick={copy}>{copied ? t('kit.copied') : t('kit.copy')}</Button>}
                  </CopyButton>
                  <Anchor size="sm" href={`https://wa.me/?text=${encodeURIComponent(sent.message)}`} target="_blank" rel="noreferrer">
                    {t('kit.whatsapp')}
                  </Anchor>
                </Group>
              </>
            )}
            <Group>
              <Button size="compact-sm" variant="default" onClick={() => setSent(null)}>{t('common.close')}</Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {(sends.data?.length ?? 0) > 0 && (
        <>
          <Text fw={600} size="sm" mt="md">{t('kit.history')}</Text>
          <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="kit-sends">
            {sends.data!.map((k) => {
              const expired = Date.parse(k.expiresAt) < now;
              return (
                <li key={k.id}>
                  <Group gap={6}>
                    <Text size="sm">{t('kit.sentOn', { date: formatDate(k.sentAt, lng), who: personName(k.sentBy), channel: t(`kit.channelShort.${k.channel}`) })}</Text>
                    <Badge size="sm" variant="light" c="dark" tt="none" color={k.openedAt ? 'green' : expired ? 'gray' : 'blue'}>
                      {k.openedAt ? t('kit.opened', { date: formatDate(k.openedAt, lng) })
                        : expired ? t('kit.expiredOn', { date: formatDate(k.expiresAt, lng) }) : t('kit.notOpened')}
                    </Badge>
                  </Group>
                  <Text size="xs" c="dimmed">{k.documents.join(' · ')}{k.templateName ? ` — ${k.templateName}` : ''}</Text>
                </li>
              );
            })}
          </Stack>
        </>
      )}
    </Card>
  );
}
