import { Checkbox, Fieldset, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from '@/shared/i18n';
import { useProgrammes } from '@/features/reference/api/get-programmes';
import { useSchools } from '@/features/reference/api/get-schools';
import type { Schemas } from '@/shared/api/client';
import type { StudentInput } from '../api/create-student';
import { INTENSITIES } from './labels';
import { FormButtons, FormProblem, useServerForm } from '@/shared/forms/action-form';
import { todayIso, validators } from '@/shared/forms/validators';

type Values = {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  email: string;
  phone: string;
  schoolId: string;
  schoolNumber: string;
  programmeId: string;
  educationLevel: string;
  guidanceIntensity: string;
  consentStudent: boolean;
  consentGuardian: boolean;
  consentDate: string;
};

const LEVELS: Schemas['EducationLevel'][] = ['VMBO', 'HAVO', 'MBO_1', 'MBO_2', 'MBO_3', 'MBO_4', 'HBO'];
const FIELDS = ['firstName', 'lastName', 'dateOfBirth', 'email', 'phone', 'schoolId', 'schoolNumber', 'programmeId', 'educationLevel', 'guidanceIntensity',
  'consent.student', 'consent.guardian', 'consent.date'];
const FORM_FIELD: Record<string, string> = {
  'consent.student': 'consentStudent', 'consent.guardian': 'consentGuardian', 'consent.date': 'consentDate',
};

/** Age in whole years on a date (both ISO dates), as the server counts it for a guardian's consent. */
export function ageOn(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y! - by! - (m! < bm! || (m === bm && d! < bd!) ? 1 : 0);
}

export function toValues(s?: Schemas['StudentView']): Values {
  return {
    firstName: s?.firstName ?? '',
    lastName: s?.lastName ?? '',
    dateOfBirth: s?.dateOfBirth ?? '',
    email: s?.email ?? '',
    phone: s?.phone ?? '',
    schoolId: s?.school.id ?? '',
    schoolNumber: s?.schoolNumber ?? '',
    programmeId: s?.programme?.id ?? '',
    educationLevel: s?.educationLevel ?? '',
    guidanceIntensity: s?.guidanceIntensity ?? '',
    consentStudent: false,
    consentGuardian: false,
    consentDate: new Date().toISOString().slice(0, 10),
  };
}

/**
 * Create and edit share this form. Checks run in the browser first (Dutch messages next to each
 * field); whatever the server still refuses is mapped back onto the field it names. Registering records
 * the student's consent (and a guardian's under 16) and may choose the guidance; after that the guidance
 * changes only through the case file's action, which asks for a reason.
 */
export function StudentForm({
  initial,
  create = false,
  defaultIntensity,
  submitting,
  onSubmit,
  onCancel,
}: {
  initial: Values;
  create?: boolean;
  defaultIntensity?: Schemas['GuidanceIntensity'];
  submitting: boolean;
  onSubmit: (input: StudentInput) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const schools = useSchools();
  const programmes = useProgrammes();
  const today = todayIso();

  const rules = validators(t);
  const { form, problem, submit } = useServerForm<Values>({
    serverFields: FIELDS,
    toFormField: (f) => FORM_FIELD[f] ?? f,
    initialValues: initial,
    validate: {
      firstName: rules.requiredText(100),
      lastName: rules.requiredText(100),
      dateOfBirth: rules.pastDate,
      email: rules.email,
      phone: rules.phone,
      schoolId: rules.required,
      schoolNumber: rules.optionalText(50),
      consentStudent: (v) => (create && !v ? t('errors.code.AssertTrue') : null),
      consentDate: (v) => (create && (!v || v > today) ? t('validation.required') : null),
      consentGuardian: (v, all) =>
        create && !v && all.dateOfBirth && all.consentDate && ageOn(all.dateOfBirth, all.consentDate) < 16
          ? t('errors.code.GuardianConsent') : null,
    },
  });

  const save = submit((v) => onSubmit({
    firstName: v.firstName.trim(),
    lastName: v.lastName.trim(),
    dateOfBirth: v.dateOfBirth,
    email: v.email.trim() || undefined,
    phone: v.phone.trim() || undefined,
    schoolId: v.schoolId,
    // Sent also when empty: an edit that clears it removes the number; an import matches on it.
    schoolNumber: v.schoolNumber.trim(),
    programmeId: v.programmeId || undefined,
    educationLevel: (v.educationLevel || undefined) as Schemas['EducationLevel'] | undefined,
    guidanceIntensity: create ? (v.guidanceIntensity || undefined) as StudentInput['guidanceIntensity'] : undefined,
    consent: create ? { student: v.consentStudent, guardian: v.consentGuardian, date: v.consentDate } : undefined,
  }));

  return (
    <form onSubmit={save} noValidate>
      <Stack maw={720}>
        <FormProblem problem={problem} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('students.firstName')} required autoComplete="off" {...form.getInputProps('firstName')} />
          <TextInput label={t('students.lastName')} required autoComplete="off" {...form.getInputProps('lastName')} />
          <TextInput label={t('students.dateOfBirth')} type="date" required max={today} {...form.getInputProps('dateOfBirth')} />
          <TextInput label={t('students.phone')} type="tel" inputMode="tel" {...form.getInputProps('phone')} />
          <TextInput label={t('students.email')} type="email" {...form.getInputProps('email')} />
          <Select
            label={t('students.school')}
            required
            data={(schools.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            {...form.getInputProps('schoolId')}
          />
          <TextInput label={t('students.schoolNumber')} description={t('students.schoolNumberHint')} autoComplete="off"
            {...form.getInputProps('schoolNumber')} />
          <Select
            label={t('students.programme')}
            searchable
            clearable
            data={(programmes.data ?? []).map((p) => ({
              value: p.id,
              label: `${p.name} – ${t('students.levelN', { level: p.level })} ${p.pathway}`,
            }))}
            {...form.getInputProps('programmeId')}
          />
          <Select
            label={t('students.educationLevel')}
            description={t('students.educationLevelHint')}
            clearable
            data={LEVELS.map((l) => ({ value: l, label: t(`report.keys.${l}`) }))}
            {...form.getInputProps('educationLevel')}
          />
          {create && (
            <Select
              label={t('students.guidanceIntensity')}
              clearable={!!defaultIntensity}
              placeholder={defaultIntensity ? t('intensity.default', { value: t(`intensity.${defaultIntensity}`) }) : undefined}
              data={INTENSITIES.map((i) => ({ value: i, label: t(`intensity.${i}`) }))}
              {...form.getInputProps('guidanceIntensity')}
            />
          )}
        </SimpleGrid>
        {create && (
          <Fieldset legend={t('students.consentTitle')}>
            <Stack gap="xs">
              <Checkbox label={t('students.consentStudent')} required {...form.getInputProps('consentStudent', { type: 'checkbox' })} />
              <Checkbox label={t('students.consentGuardian')} {...form.getInputProps('consentGuardian', { type: 'checkbox' })} />
              <TextInput label={t('students.consentDate')} type="date" required max={today} maw={220}
                {...form.getInputProps('consentDate')} />
            </Stack>
          </Fieldset>
        )}
        <FormButtons busy={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
