import { useTranslation } from '@/shared/i18n';
import { useParams } from 'wouter';
import { EditPage } from '@/shared/ui/EditPage';
import { useEmployer } from '../api/get-employer';
import { useUpdateEmployer } from '../api/update-employer';
import { EmployerForm, toValues } from './EmployerForm';

export function EmployerEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const employer = useEmployer(id);
  const update = useUpdateEmployer(id);
  return (
    <EditPage title={t('employers.editTitle')} staleMessage={t('employers.stale')} savedMessage={t('employers.saved')}
      backTo={`/employers/${id}`} record={employer} update={update}>
      {(form) => <EmployerForm initial={toValues(form.data)} {...form} />}
    </EditPage>
  );
}
