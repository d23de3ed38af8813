import { Alert, Button, Group, Modal, Select, Text, TextInput, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { Link, useParams } from 'wouter';
import { useFlash } from '@/shared/router';
import { useMe } from '@/features/me/api/get-me';
import { ApiError, type Schemas } from '@/shared/api/client';
import { ActionForm, useServerForm } from '@/shared/forms/action-form';
import { validators } from '@/shared/forms/validators';
import { PageHeader } from '@/shared/ui/PageHeader';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { useBrokers } from '../api/get-brokers';
import { useDecideReferral, type Decision } from '../api/decide-referral';
import { useReferral } from '../api/get-referral';
import { ReferralDetails } from './ReferralDetails';
import { SchoolAnswer } from './SchoolAnswer';

type Dialog = 'accept' | 'waitlist' | 'decline' | null;

/** A referral in the broker's inbox with the three decisions. */
export function TriagePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const referral = useReferral(id);
  const decide = useDecideReferral(id);
  const me = useMe();
  const brokers = useBrokers();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [opened, { open, close }] = useDisclosure(false);
  const [conflict, setConflict] = useState(false);
  const flash = useFlash();
  const rules = validators(t);
  const FORM_FIELD: Record<string, string> = { assignedBroker: 'broker', guidanceIntensity: 'intensity' };
  const { form, problem, busy, submit } = useServerForm({
    serverFields: ['reason', 'reviewOn', 'assignedBroker', 'guidanceIntensity'],
    toFormField: (f) => FORM_FIELD[f] ?? f,
    initialValues: { reason: '', reviewOn: '', broker: null as string | null, intensity: null as string | null },
    validate: {
      reason: (v) => (dialog === 'waitlist' || dialog === 'decline' ? rules.required(v) : null),
      reviewOn: (v) => (dialog === 'waitlist' ? rules.required(v) : null),
    },
  });

  if (referral.isPending) return <PageLoader />;
  if (referral.isError) return <QueryError error={referral.error} />;
  const r = referral.data;
  const name = `${r.student.firstName} ${r.student.lastName}`;
  const openDialog = (d: Dialog) => {
    setDialog(d);
    form.reset();
    open();
  };

  const toDecision = (v: ReturnType<typeof form.getValues>): Decision =>
    dialog === 'accept'
      ? { kind: 'accept', body: { assignedBroker: v.broker ?? undefined, guidanceIntensity: (v.intensity ?? undefined) as Schemas['GuidanceIntensity'] | undefined } }
      : dialog === 'waitlist' ? { kind: 'waitlist', body: { reason: v.reason, reviewOn: v.reviewOn } }
        : { kind: 'decline', body: { reason: v.reason } };

  const save = submit(async (v) => {
    try {
      await decide.mutateAsync({ version: r.version, decision: toDecision(v) });
      close();
    } catch (e) {
      // Decided by someone else meanwhile (409), or changed since this page was read (412): show it as it is now.
      if (e instanceof ApiError && (e.status === 409 || e.status === 412)) {
        close();
        setConflict(true);
        void referral.refetch();
        return;
      }
      throw e;
    }
  });

  const defaultIntensity = me.data?.organisation?.defaultGuidanceIntensity;
  const open_ = r.status === 'SUBMITTED' || r.status === 'WAITLISTED';
  return (
    <>
      <PageHeader
        title={t('referrals.detailTitle', { name })}
        actions={
          <Button variant="default" component={Link} to="/referrals">
            {t('common.back')}
          </Button>
        }
      />
      {flash && <Alert color="green" mb="md" role="status">{flash}</Alert>}
      {conflict && (
        <Alert color="orange" role="alert" mb="md">
          {t('referrals.conflict')}
        </Alert>
      )}
      {open_ && (
        <Group mb="md">
          <Button onClick={() => openDialog('accept')}>{t('referrals.accept')}</Button>
          <Button variant="default" onClick={() => openDialog('waitlist')}>{t('referrals.waitlist')}</Button>
          <Button variant="default" color="red" onClick={() => openDialog('decline')}>{t('referrals.decline')}</Button>
        </Group>
      )}
      {r.status === 'ACCEPTED' && r.studentId && (
        <Group mb="md">
          <Button component={Link} to={`/students/${r.studentId}`}>{t('referrals.openStudent')}</Button>
        </Group>
      )}
      <ReferralDetails referral={r} />
      <SchoolAnswer referral={r} />

      <Modal
        opened={opened}
        onClose={close}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={dialog === 'accept' ? t('referrals.acceptTitle') : dialog === 'waitlist' ? t('referrals.waitlistTitle') : t('referrals.declineTitle')}
      >
        <ActionForm problem={problem} busy={busy} onCancel={close} onSubmit={save}
          submitLabel={dialog === 'accept' ? t('referrals.accept') : dialog === 'waitlist' ? t('referrals.waitlist') : t('referrals.decline')}>
          {dialog === 'accept' && (
            <>
              <Text size="sm">{t('referrals.acceptText')}</Text>
              <Select
                label={t('referrals.assignedBroker')}
                placeholder={me.data?.name}
                clearable
                data={(brokers.data ?? []).map((b) => ({ value: b.username, label: b.name }))}
                {...form.getInputProps('broker')}
              />
              <Select
                label={t('students.guidanceIntensity')}
                placeholder={defaultIntensity ? t('intensity.default', { value: t(`intensity.${defaultIntensity}`) }) : undefined}
                clearable
                data={(['PLACEMENT_ONLY', 'INTENSIVE'] as const).map((i) => ({ value: i, label: t(`intensity.${i}`) }))}
                {...form.getInputProps('intensity')}
              />
            </>
          )}
          {(dialog === 'waitlist' || dialog === 'decline') && (
            <Textarea
              label={t('referrals.decisionReason')}
              placeholder={dialog === 'decline' ? t('referrals.declineHint') : undefined}
              required
              autosize
              minRows={3}
              {...form.getInputProps('reason')}
            />
          )}
          {dialog === 'waitlist' && (
            <TextInput
              type="date"
              label={t('referrals.reviewOnLabel')}
              required
              min={new Date().toISOString().slice(0, 10)}
              {...form.getInputProps('reviewOn')}
            />
          )}
        </ActionForm>
      </Modal>
    </>
  );
}
