import { useTranslation } from '@/shared/i18n';
import { useNavigate } from '@/shared/router';
import { PageHeader } from '@/shared/ui/PageHeader';
import { useCreateEmployer } from '../api/create-employer';
import { EmployerForm, toValues } from './EmployerForm';

export function EmployerCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEmployer();
  return (
    <>
      <PageHeader title={t('employers.createTitle')} />
      <EmployerForm
        initial={toValues()}
        submitting={create.isPending}
        onCancel={() => navigate('/employers')}
        onSubmit={async (input) => {
          const created = await create.mutateAsync(input);
          navigate(`/employers/${created.id}`, { state: { flash: t('employers.created') } });
        }}
      />
    </>
  );
}
