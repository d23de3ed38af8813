import { Button, Modal, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { useEmployerOptions } from '@/features/employers/api/employer-options';
import { ActionForm, useServerForm } from '@/shared/forms/action-form';
import { validators } from '@/shared/forms/validators';
import { useRecordFound } from '../api/placements';

/**
 * The student found an internship themselves (39 of 137 Amsterdam placements in 2020–21): recorded as agreed,
 * without a proposal, so nothing about the student is shared with the employer.
 */
export function FoundPlaceDialog({ studentId, requiredHours }: { studentId: string; requiredHours?: number | null }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const record = useRecordFound();
  const employers = useEmployerOptions(open);
  const rules = validators(t);
  const { form, problem, busy, submit } = useServerForm({
    serverFields: ['employerId', 'newEmployerName', 'startDate', 'endDate', 'requiredHours'],
    toFormField: (f) => (f === 'newEmployerName' ? 'newName' : f),
    initialValues: { employerId: null as string | null, newName: '', startDate: '', endDate: '', requiredHours: '' as number | string },
    validate: {
      newName: (v, all) => (all.employerId || v.trim() ? null : t('placements.found.employerRequired')),
      startDate: rules.required,
      endDate: (v, all) => (v && all.startDate && v < all.startDate ? t('placements.found.endBeforeStart') : null),
    },
  });
  const close = () => setOpen(false);
  const save = submit(async (v) => {
    await record.mutateAsync({
      studentId, employerId: v.employerId ?? undefined, newEmployerName: v.employerId ? undefined : v.newName.trim(),
      startDate: v.startDate, endDate: v.endDate || undefined,
      requiredHours: typeof v.requiredHours === 'number' ? v.requiredHours : undefined,
    });
    close();
  });
  return (
    <>
      <Button variant="light" size="compact-sm" onClick={() => {
        form.reset();
        form.setFieldValue('requiredHours', requiredHours ?? '');
        setOpen(true);
      }}>
        {t('placements.found.open')}
      </Button>
      <Modal opened={open} onClose={close} title={t('placements.found.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <ActionForm problem={problem} busy={busy} submitLabel={t('placements.found.save')} onCancel={close} onSubmit={save}>
          <Select label={t('placements.outreach.employer')} searchable clearable
            data={(employers.data ?? []).map((e) => ({ value: e.id, label: e.name }))} {...form.getInputProps('employerId')} />
          {!form.getValues().employerId && (
            <TextInput label={t('placements.outreach.newEmployer')} maxLength={200} {...form.getInputProps('newName')} />
          )}
          <InternshipDatesFields form={form} />
        </ActionForm>
      </Modal>
    </>
  );
}


type DatesForm = { getInputProps: (path: 'startDate' | 'endDate' | 'requiredHours') => object };

/** Start, end and the hours the programme asks for: the facts of an internship the student found. */
export function InternshipDatesFields({ form }: { form: DatesForm }) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={2}>
        <TextInput type="date" label={t('placements.startDate')} required {...form.getInputProps('startDate')} />
        <TextInput type="date" label={t('placements.endDate')} {...form.getInputProps('endDate')} />
      </SimpleGrid>
      <NumberInput hideControls label={t('casework.intake.requiredHours')} min={0} max={2000} allowDecimal={false} maw={220}
        {...form.getInputProps('requiredHours')} />
    </>
  );
}
