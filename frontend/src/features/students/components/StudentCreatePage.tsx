import { useTranslation } from '@/shared/i18n';
import { useNavigate } from '@/shared/router';
import { useMe } from '@/features/me/api/get-me';
import { PageHeader } from '@/shared/ui/PageHeader';
import { useCreateStudent } from '../api/create-student';
import { StudentForm, toValues } from './StudentForm';

export function StudentCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const create = useCreateStudent();
  return (
    <>
      <PageHeader title={t('students.createTitle')} />
      <StudentForm
        initial={toValues()}
        create
        defaultIntensity={me.data?.organisation?.defaultGuidanceIntensity}
        submitting={create.isPending}
        onCancel={() => navigate('/students')}
        onSubmit={async (input) => {
          const created = await create.mutateAsync(input);
          navigate(`/students/${created.id}`, { state: { flash: t('students.created') } });
        }}
      />
    </>
  );
}
