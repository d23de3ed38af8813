import { Button, Card, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { usePersonName } from '@/shared/api/people';
import { useTranslation } from '@/shared/i18n';
import { useMe } from '@/features/me/api/get-me';
import { useBrokers } from '@/features/referrals/api/get-brokers';
import type { Schemas } from '@/shared/api/client';
import { FormProblem, useServerForm } from '@/shared/forms/action-form';
import { useCaseAction } from '../api/case-actions';

/**
 * Manual phase changes follow the same rules as the API: placed, in internship and internship ended come from
 * placements; closing and reopening have their own card (ClosurePanel), because they record outcomes.
 */
const MANUAL_NEXT: Record<Schemas['Phase'], Schemas['Phase'][]> = {
  INTAKE: ['PREPARATION', 'MATCHING'],
  PREPARATION: ['INTAKE', 'MATCHING'],
  MATCHING: ['PREPARATION'],
  PLACED: [],
  IN_INTERNSHIP: [],
  INTERNSHIP_ENDED: ['MATCHING', 'PREPARATION'],
  CLOSED: [],
};

export function CaseActions({ student }: { student: Schemas['StudentView'] }) {
  const { t } = useTranslation();
  const personName = usePersonName();
  const me = useMe();
  const isLead = me.data?.roles.includes('lead') ?? false;
  const brokers = useBrokers();
  const action = useCaseAction(student.id);
  // Three small forms; each shows what the server refused above the actions.
  const phaseForm = useServerForm({ initialValues: { phase: null as string | null, reason: '' } });
  const intensityForm = useServerForm({ initialValues: { intensity: null as string | null, reason: '' } });
  const assignForm = useServerForm({ initialValues: { broker: null as string | null } });
  const problem = phaseForm.problem ?? intensityForm.problem ?? assignForm.problem;
  const { phase } = phaseForm.form.getValues();
  const { intensity, reason: intensityReason } = intensityForm.form.getValues();
  const { broker } = assignForm.form.getValues();

  return (
    <Card withBorder maw={720}>
      <Stack gap="md">
        <FormProblem problem={problem} />
        {MANUAL_NEXT[student.phase].length > 0 && <form onSubmit={phaseForm.submit(async (v) => {
          await action.mutateAsync({ kind: 'phase', body: { phase: v.phase as Schemas['Phase'], reason: v.reason || undefined } });
          phaseForm.form.reset();
        })}>
          <Group align="flex-end" gap="xs">
            <Select label={t('casework.newPhase')} placeholder={t('casework.changePhase')} miw={180}
              data={MANUAL_NEXT[student.phase].map((p) => ({ value: p, label: t(`phase.${p}`) }))} {...phaseForm.form.getInputProps('phase')} />
            <TextInput label={t('casework.reason')} style={{ flex: 1 }} miw={200}
              {...phaseForm.form.getInputProps('reason')} />
            <Button type="submit" disabled={!phase} loading={phaseForm.busy}>
              {t('casework.apply')}
            </Button>
          </Group>
        </form>}
        <form onSubmit={intensityForm.submit(async (v) => {
          await action.mutateAsync({ kind: 'intensity', body: { guidanceIntensity: v.intensity as Schemas['GuidanceIntensity'], reason: v.reason } });
          intensityForm.form.reset();
        })}>
          <Group align="flex-end" gap="xs">
            <Select label={t('casework.changeIntensity')} miw={180} {...intensityForm.form.getInputProps('intensity')}
              data={(['PLACEMENT_ONLY', 'INTENSIVE'] as const).filter((i) => i !== student.guidanceIntensity)
                .map((i) => ({ value: i, label: t(`intensity.${i}`) }))} />
            <TextInput label={t('casework.reason')} style={{ flex: 1 }} miw={200} {...intensityForm.form.getInputProps('reason')} />
            <Button type="submit" disabled={!intensity || !intensityReason.trim()} loading={intensityForm.busy}>
              {t('casework.apply')}
            </Button>
          </Group>
        </form>
        {isLead && (
          <form onSubmit={assignForm.submit(async (v) => {
            await action.mutateAsync({ kind: 'assign', body: { broker: v.broker! } });
            assignForm.form.reset();
          })}>
            <Group align="flex-end" gap="xs">
              <Select label={t('casework.assignedBroker')} miw={220} placeholder={student.assignedBroker ? personName(student.assignedBroker) : t('casework.unassigned')}
                data={(brokers.data ?? []).map((b) => ({ value: b.username, label: b.name }))} {...assignForm.form.getInputProps('broker')} />
              <Button type="submit" disabled={!broker} loading={assignForm.busy}>
                {t('casework.assign')}
              </Button>
            </Group>
          </form>
        )}
        {!isLead && <Text size="xs" c="dimmed">{t('casework.assignedBroker')}: {student.assignedBroker ? personName(student.assignedBroker) : t('casework.unassigned')}</Text>}
      </Stack>
    </Card>
  );
}
