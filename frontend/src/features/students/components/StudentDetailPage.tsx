import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { PageHeader } from '@/shared/ui/PageHeader';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { formatDate, formatDateTime } from '@/shared/ui/format';
import { useStudent } from '../api/get-student';

function Field({ label, value }: { label: string; value: string | null | undefined }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {value || t('common.none')}
      </Text>
    </div>
  );
}

export function StudentDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash;
  const student = useStudent(id);

  if (student.isPending) return <PageLoader />;
  if (student.isError) return <QueryError error={student.error} />;
  const s = student.data.data;
  return (
    <>
      {flash && (
        <Alert color="green" mb="md" role="status">
          {flash}
        </Alert>
      )}
      <PageHeader
        title={`${s.firstName} ${s.lastName}`}
        actions={
          <>
            <Button variant="default" component={Link} to="/students">
              {t('common.back')}
            </Button>
            <Button component={Link} to={`/students/${s.id}/edit`}>
              {t('common.edit')}
            </Button>
          </>
        }
      />
      <Group gap="xs" mb="md">
        <Badge variant="filled" tt="none" size="lg">{t(`phase.${s.phase}`)}</Badge>
        <Badge variant="light" c="dark" tt="none" size="lg">{t(`intensity.${s.guidanceIntensity}`)}</Badge>
      </Group>
      <Card withBorder maw={720}>
        <Stack gap="md">
          <Text fw={600} component="h3" m={0}>
            {t('students.details')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
            <Field label={t('students.dateOfBirth')} value={formatDate(s.dateOfBirth, i18n.language)} />
            <Field label={t('students.school')} value={s.school.name} />
            <Field
              label={t('students.programme')}
              value={s.programme ? `${s.programme.name} (${t('students.levelN', { level: s.programme.level })}, ${s.programme.pathway}, crebo ${s.programme.creboCode})` : t('students.noProgramme')}
            />
            <Field label={t('students.phone')} value={s.phone} />
            <Field label={t('students.email')} value={s.email} />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('common.lastChanged', { who: s.updatedBy, when: formatDateTime(s.updatedAt, i18n.language) })}
          </Text>
        </Stack>
      </Card>
    </>
  );
}
