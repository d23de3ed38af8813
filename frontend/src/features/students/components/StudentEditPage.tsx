import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '@/shared/api/client';
import { PageHeader } from '@/shared/ui/PageHeader';
import { StaleAlert } from '@/shared/ui/StaleAlert';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { useStudent } from '../api/get-student';
import { useUpdateStudent } from '../api/update-student';
import { StudentForm, toValues } from './StudentForm';

export function StudentEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const student = useStudent(id);
  const update = useUpdateStudent(id);
  const stale = update.error instanceof ApiError && update.error.status === 412;

  if (student.isPending) return <PageLoader />;
  if (student.isError) return <QueryError error={student.error} />;
  const { data, etag } = student.data;
  return (
    <>
      <PageHeader title={t('students.editTitle')} />
      {stale && <StaleAlert message={t('students.stale')} onReload={() => { update.reset(); void student.refetch(); }} />}
      <StudentForm
        key={etag}
        initial={toValues(data)}
        submitting={update.isPending}
        onCancel={() => navigate(`/students/${id}`)}
        onSubmit={async (body) => {
          try {
            await update.mutateAsync({ body, etag });
          } catch (e) {
            if (e instanceof ApiError && e.status === 412) return;
            throw e;
          }
          navigate(`/students/${id}`, { state: { flash: t('students.saved') } });
        }}
      />
    </>
  );
}
