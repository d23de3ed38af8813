import { Alert, Badge, Button, Card, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';
import { formatDate } from '@/shared/ui/format';
import { useMakeSurveyLink, useSurveyStatus } from '../api/surveys';

const COLOR: Record<Schemas['Status'], string> = { NOT_SENT: 'gray', SENT: 'blue', EXPIRED: 'orange', ANSWERED: 'green' };

/** The two self-assessments of a student: make a personal link, copy the message for WhatsApp, see when answered. */
export function SurveysPanel({ student }: { student: Schemas['StudentView'] }) {
  const { t, i18n } = useTranslation();
  const status = useSurveyStatus(student.id);
  const make = useMakeSurveyLink(student.id);
  const [made, setMade] = useState<Schemas['SurveyLink'] | null>(null);
  const lng = i18n.language;
  const message = made && t('surveys.message', { name: student.firstName, link: made.link, date: formatDate(made.expiresAt, lng) });
  return (
    <Card withBorder maw={720} data-testid="surveys">
      <Title order={3} size="h5" mb={4}>{t('surveys.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('surveys.intro')}</Text>
      <Stack gap="xs">
        {(status.data ?? []).map((s) => (
          <Group key={s.moment} justify="space-between" gap="xs" wrap="wrap">
            <div>
              <Group gap={6}>
                <Text size="sm" fw={600}>{t(`surveys.moment.${s.moment}`)}</Text>
                <Badge size="sm" variant="light" c="dark" tt="none" color={COLOR[s.status]}>{t(`surveys.status.${s.status}`)}</Badge>
              </Group>
              {s.answeredAt ? (
                <Text size="xs" c="dimmed">{t('surveys.answeredOn', { date: formatDate(s.answeredAt, lng) })}</Text>
              ) : s.sentAt && (
                <Text size="xs" c="dimmed">{t('surveys.sentOn', { date: formatDate(s.sentAt, lng), until: formatDate(s.expiresAt!, lng) })}</Text>
              )}
            </div>
            {s.status !== 'ANSWERED' && (
              <Group gap="xs">
                <Button size="compact-sm" variant={s.status === 'NOT_SENT' ? 'filled' : 'default'}
                  loading={make.isPending && make.variables?.moment === s.moment && !make.variables.sendEmail}
                  onClick={async () => setMade(await make.mutateAsync({ moment: s.moment }))}>
                  {s.status === 'NOT_SENT' ? t('surveys.makeLink') : t('surveys.newLink')}
                </Button>
                {student.email && (
                  <Button size="compact-sm" variant="default" aria-label={t('surveys.emailLabel', { moment: t(`surveys.moment.${s.moment}`) })}
                    loading={make.isPending && make.variables?.moment === s.moment && !!make.variables.sendEmail}
                    onClick={async () => setMade(await make.mutateAsync({ moment: s.moment, sendEmail: true }))}>
                    {t('surveys.email')}
                  </Button>
                )}
              </Group>
            )}
          </Group>
        ))}
      </Stack>
      {made && message && (
        <Alert color="blue" variant="light" mt="sm" data-testid="survey-link">
          <Stack gap="xs">
            <Text size="sm">
              {made.emailedTo ? t('surveys.emailed', { email: made.emailedTo, date: formatDate(made.expiresAt, lng) })
                : t('surveys.linkMade', { date: formatDate(made.expiresAt, lng) })}
            </Text>
            <TextInput readOnly label={t('surveys.linkLabel')} value={made.link} onFocus={(e) => e.currentTarget.select()} />
            <Group gap="xs">
              <CopyButton value={message}>
                {({ copied, copy }) => <Button size="compact-sm" onClick={copy}>{copied ? t('surveys.copied') : t('surveys.copyMessage')}</Button>}
              </CopyButton>
            </Group>
          </Stack>
        </Alert>
      )}
    </Card>
  );
}
