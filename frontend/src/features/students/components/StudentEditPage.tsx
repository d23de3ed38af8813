import { useTranslation } from '@/shared/i18n';
import { useParams } from 'wouter';
import { EditPage } from '@/shared/ui/EditPage';
import { useStudent } from '../api/get-student';
import { useUpdateStudent } from '../api/update-student';
import { StudentForm, toValues } from './StudentForm';

export function StudentEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const student = useStudent(id);
  const update = useUpdateStudent(id);
  return (
    <EditPage title={t('students.editTitle')} staleMessage={t('students.stale')} savedMessage={t('students.saved')}
      backTo={`/students/${id}`} record={student} update={update}>
      {(form) => <StudentForm initial={toValues(form.data)} {...form} />}
    </EditPage>
  );
}
