import { Alert, Anchor, Button, Card, FileButton, Group, Stack, Text } from '@mantine/core';
import { usePersonName } from '@/shared/api/people';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { problemMessage } from '@/shared/api/form-errors';
import { formatDateTime } from '@/shared/ui/format';
import { downloadFile, useFiles, useUploadFile } from '../api/files';

export function FilesPanel({ studentId }: { studentId: string }) {
  const { t, i18n } = useTranslation();
  const personName = usePersonName();
  const files = useFiles(studentId);
  const upload = useUploadFile(studentId);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const send = async (file: File | null) => {
    if (!file) return;
    setMessage(undefined);
    try {
      await upload.mutateAsync(file);
      setMessage({ ok: true, text: t('casework.files.uploaded') });
    } catch (e) {
      setMessage({ ok: false, text: problemMessage(e, t) });
    }
  };
  return (
    <Stack maw={720}>
      <Group>
        <FileButton onChange={(f) => void send(f)} accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document">
          {(props) => <Button {...props} loading={upload.isPending}>{t('casework.files.upload')}</Button>}
        </FileButton>
      </Group>
      {message && <Alert color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>{message.text}</Alert>}
      {files.data?.length === 0 && <Text size="sm">{t('casework.files.none')}</Text>}
      {files.data?.map((f) => (
        <Card key={f.id} withBorder padding="sm">
          <Anchor component="button" type="button" fw={600} onClick={() => void downloadFile(f.id, f.fileName)}
            aria-label={t('casework.files.download', { name: f.fileName })}>
            {f.fileName}
          </Anchor>
          <Text size="xs" c="dimmed">
            {Math.ceil(f.sizeBytes / 1024)} kB · {formatDateTime(f.uploadedAt, i18n.language)} · {personName(f.uploadedBy)}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
