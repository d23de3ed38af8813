import { Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from '@/shared/i18n';
import type { Schemas } from '@/shared/api/client';
import { FormProblem, useServerForm } from './action-form';
import { validators } from './validators';

type Place = Schemas['PlaceView'];
type PlaceFields = Schemas['PortalPlaceInput'];
const LEVELS = ['1', '2', '3', '4'];

/**
 * One internship place form for the broker (on the employer's page) and the employer (in the portal).
 * The broker also picks a programme; the employer can close or reopen a place it edits.
 */
export function PlaceForm({ place, programmes, canClose, onSave, onDone, onCancel }: {
  place?: Place;
  programmes?: { value: string; label: string }[];
  canClose?: boolean;
  onSave: (body: PlaceFields) => Promise<unknown>;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const rules = validators(t);
  // Close/reopen submits the same form with the other status; Save keeps the place's status.
  const kept: Schemas['PlaceStatus'] = place?.status === 'CLOSED' ? 'CLOSED' : 'OPEN';
  const { form, problem, busy, submit } = useServerForm({
    initialValues: {
      title: place?.title ?? '', programmeId: place?.programme?.id ?? null as string | null,
      sector: place?.sector ?? '', city: place?.city ?? '',
      levelMin: String(place?.levelMin ?? 1) as string | null, levelMax: String(place?.levelMax ?? 4) as string | null,
      places: (place?.places ?? 1) as number | string, startDate: place?.startDate ?? '',
      hoursPerWeek: (place?.hoursPerWeek ?? '') as number | string, status: kept,
      certificateOfConductRequired: place?.certificateOfConductRequired ?? false,
    },
    validate: { title: rules.requiredText(200) },
  });

  const save = submit(async (v) => {
    await onSave({
      title: v.title.trim(), programmeId: v.programmeId ?? undefined, sector: v.sector || undefined,
      city: v.city || undefined, levelMin: Number(v.levelMin ?? 1), levelMax: Number(v.levelMax ?? 4),
      places: typeof v.places === 'number' ? v.places : 1, startDate: v.startDate || undefined,
      hoursPerWeek: typeof v.hoursPerWeek === 'number' ? v.hoursPerWeek : undefined,
      status: v.status, certificateOfConductRequired: v.certificateOfConductRequired,
    });
    onDone();
  });

  return (
    <form onSubmit={save} noValidate>
      <Stack>
        <FormProblem problem={problem} />
        <TextInput label={t('placements.placeTitle')} required maxLength={200} {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          {programmes && (
            <Select label={t('students.programme')} clearable searchable data={programmes} {...form.getInputProps('programmeId')} />
          )}
          <TextInput label={t('placements.sector')} maxLength={100} {...form.getInputProps('sector')} />
          <TextInput label={t('employers.city')} maxLength={100} {...form.getInputProps('city')} />
          <Select label={t('placements.levelMin')} data={LEVELS} allowDeselect={false} {...form.getInputProps('levelMin')} />
          <Select label={t('placements.levelMax')} data={LEVELS} allowDeselect={false} {...form.getInputProps('levelMax')} />
          <NumberInput hideControls label={t('placements.count')} min={1} max={100} allowDecimal={false} {...form.getInputProps('places')} />
          <NumberInput hideControls label={t('placements.hoursPerWeek')} min={1} max={60} allowDecimal={false} {...form.getInputProps('hoursPerWeek')} />
          <TextInput type="date" label={t('placements.startDate')} {...form.getInputProps('startDate')} />
        </SimpleGrid>
        <Checkbox label={t('placements.certificateOfConductRequired')} description={t('placements.certificateOfConductHint')}
          {...form.getInputProps('certificateOfConductRequired', { type: 'checkbox' })} />
        <Group justify="space-between">
          {place && canClose ? (
            <Button variant="default" type="submit" onClick={() => form.setFieldValue('status', kept === 'CLOSED' ? 'OPEN' : 'CLOSED')}>
              {place.status === 'CLOSED' ? t('employerPortal.placeForm.reopen') : t('employerPortal.placeForm.close')}
            </Button>
          ) : <span />}
          <Group>
            {onCancel && <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>}
            <Button type="submit" loading={busy} onClick={() => form.setFieldValue('status', kept)}>{t('common.save')}</Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
