import { Alert, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { ApiError, type Schemas } from '@/shared/api/client';
import { formatDateTime } from '@/shared/ui/format';
import { exportStudent, useEraseStudent } from '../api/privacy';

/** A lead's answers to a data-subject request: everything held as a download, or erasure of the personal data. */
export function PrivacyPanel({ student }: { student: Schemas['StudentView'] }) {
  const { t, i18n } = useTranslation();
  const erase = useEraseStudent(student.id);
  const [confirming, setConfirming] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [problem, setProblem] = useState<string>();
  const refused = erase.error instanceof ApiError ? erase.error.problem?.detail ?? t('errors.unknown') : undefined;

  return (
    <Card withBorder maw={720} data-testid="privacy">
      <Title order={3} size="h5" mb="xs">{t('privacy.title')}</Title>
      {student.erasedAt ? (
        <Text size="sm">{t('privacy.erasedOn', { when: formatDateTime(student.erasedAt, i18n.language) })}</Text>
      ) : (
        <Text size="sm" mb="sm">{t('privacy.intro')}</Text>
      )}
      {problem && <Alert color="red" mt="xs" role="alert">{problem}</Alert>}
      <Group gap="xs" mt="sm">
        <Button variant="default" loading={exporting} onClick={async () => {
          setExporting(true);
          setProblem(undefined);
          try {
            await exportStudent(student.id);
          } catch {
            setProblem(t('privacy.exportFailed'));
          } finally {
            setExporting(false);
          }
        }}>{t('privacy.export')}</Button>
        {!student.erasedAt && (
          <Button color="red" variant="light" onClick={() => { erase.reset(); setConfirming(true); }}>{t('privacy.erase')}</Button>
        )}
      </Group>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('privacy.eraseTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack>
          <Text>{t('privacy.eraseExplain')}</Text>
          {refused && <Alert color="red" role="alert">{refused}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
            <Button color="red" loading={erase.isPending}
              onClick={() => erase.mutate(student.version, { onSuccess: () => setConfirming(false) })}>
              {t('privacy.eraseConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
