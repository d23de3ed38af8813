import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '@/shared/api/client';
import { PageHeader } from '@/shared/ui/PageHeader';
import { StaleAlert } from '@/shared/ui/StaleAlert';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { useEmployer } from '../api/get-employer';
import { useUpdateEmployer } from '../api/update-employer';
import { EmployerForm, toValues } from './EmployerForm';

export function EmployerEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const employer = useEmployer(id);
  const update = useUpdateEmployer(id);
  const stale = update.error instanceof ApiError && update.error.status === 412;

  if (employer.isPending) return <PageLoader />;
  if (employer.isError) return <QueryError error={employer.error} />;
  const { data, etag } = employer.data;
  return (
    <>
      <PageHeader title={t('employers.editTitle')} />
      {stale && <StaleAlert message={t('employers.stale')} onReload={() => { update.reset(); void employer.refetch(); }} />}
      <EmployerForm
        key={etag}
        initial={toValues(data)}
        submitting={update.isPending}
        onCancel={() => navigate(`/employers/${id}`)}
        onSubmit={async (body) => {
          try {
            await update.mutateAsync({ body, etag });
          } catch (e) {
            if (e instanceof ApiError && e.status === 412) return;
            throw e;
          }
          navigate(`/employers/${id}`, { state: { flash: t('employers.saved') } });
        }}
      />
    </>
  );
}
