import { Alert, Button, Checkbox, Fieldset, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProgrammes } from '@/features/reference/api/get-programmes';
import { useSchools } from '@/features/reference/api/get-schools';
import { fieldErrors } from '@/shared/api/form-errors';
import type { Schemas } from '@/shared/api/client';
import type { StudentInput } from '../api/create-student';
import { INTENSITIES } from './labels';

type Values = {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  email: string;
  phone: string;
  schoolId: string;
  programmeId: string;
  guidanceIntensity: string;
  consentStudent: boolean;
  consentGuardian: boolean;
  consentDate: string;
};

const FIELDS = ['firstName', 'lastName', 'dateOfBirth', 'email', 'phone', 'schoolId', 'programmeId', 'guidanceIntensity',
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
const PHONE = /^\+?[0-9 ()-]{6,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function toValues(s?: Schemas['StudentView']): Values {
  return {
    firstName: s?.firstName ?? '',
    lastName: s?.lastName ?? '',
    dateOfBirth: s?.dateOfBirth ?? '',
    email: s?.email ?? '',
    phone: s?.phone ?? '',
    schoolId: s?.school.id ?? '',
    programmeId: s?.programme?.id ?? '',
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
  const [general, setGeneral] = useState<string>();
  const today = new Date().toISOString().slice(0, 10);

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: initial,
    validate: {
      firstName: (v) => (!v.trim() ? t('validation.required') : v.length > 100 ? t('validation.maxLength', { max: 100 }) : null),
      lastName: (v) => (!v.trim() ? t('validation.required') : v.length > 100 ? t('validation.maxLength', { max: 100 }) : null),
      dateOfBirth: (v) => (!v ? t('validation.required') : v >= today ? t('validation.past') : null),
      email: (v) => (v && !EMAIL.test(v) ? t('validation.email') : null),
      phone: (v) => (v && !PHONE.test(v) ? t('validation.phone') : null),
      schoolId: (v) => (!v ? t('validation.required') : null),
      consentStudent: (v) => (create && !v ? t('errors.code.AssertTrue') : null),
      consentDate: (v) => (create && (!v || v > today) ? t('validation.required') : null),
      consentGuardian: (v, all) =>
        create && !v && all.dateOfBirth && all.consentDate && ageOn(all.dateOfBirth, all.consentDate) < 16
          ? t('errors.code.GuardianConsent') : null,
    },
  });

  const submit = form.onSubmit(async (v) => {
    setGeneral(undefined);
    try {
      await onSubmit({
        firstName: v.firstName.trim(),
        lastName: v.lastName.trim(),
        dateOfBirth: v.dateOfBirth,
        email: v.email.trim() || undefined,
        phone: v.phone.trim() || undefined,
        schoolId: v.schoolId,
        programmeId: v.programmeId || undefined,
        guidanceIntensity: create ? (v.guidanceIntensity || undefined) as StudentInput['guidanceIntensity'] : undefined,
        consent: create ? { student: v.consentStudent, guardian: v.consentGuardian, date: v.consentDate } : undefined,
      });
    } catch (error) {
      const { fields, general: message } = fieldErrors(error, t, FIELDS);
      form.setErrors(Object.fromEntries(Object.entries(fields).map(([k, m]) => [FORM_FIELD[k] ?? k, m])));
      setGeneral(message);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={720}>
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
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
        <Group>
          <Button type="submit" loading={submitting}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
