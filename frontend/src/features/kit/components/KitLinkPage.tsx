import { Alert, Button, Card, Center, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { ApiError } from '@/shared/api/client';
import { formatDate } from '@/shared/ui/format';
import { PageLoader } from '@/shared/ui/PageLoader';
import { downloadFromKitLink, useKitLink } from '../api/kit';

const TYPE: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
};

/** The student's page behind the personal link: plain Dutch, phone first, one big button per document. */
export function KitLinkPage({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const link = useKitLink(token);
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState<'failed' | 'expired' | null>(null);
  const shell = (children: React.ReactNode) => (
    <Center mih="100vh" p="sm" component="main" style={{ alignItems: 'flex-start' }}>
      <Card withBorder maw={560} w="100%" p="lg" mt="md">{children}</Card>
    </Center>
  );
  if (link.isPending) return shell(<PageLoader />);
  if (link.isError) {
    const expired = link.error instanceof ApiError && link.error.status === 410;
    return shell(<Alert color="orange" role="alert" title={t(expired ? 'kit.page.expired' : 'kit.page.notFound')} />);
  }
  const k = link.data;
  const download = async (id: string, fileName: string) => {
    setBusy(id);
    setFailed(null);
    try {
      await downloadFromKitLink(token, id, fileName);
    } catch (e) {
      setFailed(e instanceof ApiError && e.status === 410 ? 'expired' : 'failed');
    } finally {
      setBusy(null);
    }
  };
  return shell(
    <Stack gap="lg">
      <Title order={1} size="h2">{t('kit.page.hello', { name: k.firstName })}</Title>
      <Text size="lg">{t('kit.page.intro', { organisation: k.organisationName })}</Text>
      {failed && <Alert color={failed === 'expired' ? 'orange' : 'red'} role="alert">{t(`kit.page.${failed}`)}</Alert>}
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {k.documents.map((d) => (
          <Card key={d.id} withBorder component="li" padding="sm">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <div>
                <Text fw={600} size="lg">{d.title}</Text>
                <Text size="sm">{t('kit.page.size', { type: TYPE[d.contentType] ?? d.contentType, kb: Math.max(1, Math.round(d.sizeBytes / 1024)) })}</Text>
              </div>
              <Button size="md" loading={busy === d.id} aria-label={t('kit.page.downloadLabel', { title: d.title })}
                onClick={() => void download(d.id, d.fileName)}>{t('kit.page.download')}</Button>
            </Group>
          </Card>
        ))}
      </Stack>
      <Text size="sm">{t('kit.page.until', { date: formatDate(k.expiresAt, i18n.language) })}</Text>
    </Stack>,
  );
}
