import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '@/features/me/api/get-me';
import { ApiError, type Schemas } from '@/shared/api/client';
import { fieldErrors } from '@/shared/api/form-errors';
import { PageHeader } from '@/shared/ui/PageHeader';
import { PageLoader } from '@/shared/ui/PageLoader';
import { QueryError } from '@/shared/ui/QueryError';
import { useBrokers } from '../api/get-brokers';
import { useDecideReferral, type Decision } from '../api/decide-referral';
import { useReferral } from '../api/get-referral';
import { ReferralDetails } from './ReferralDetails';

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
  const [reason, setReason] = useState('');
  const [reviewOn, setReviewOn] = useState('');
  const [broker, setBroker] = useState<string | null>(null);
  const [intensity, setIntensity] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState(false);

  if (referral.isPending) return <PageLoader />;
  if (referral.isError) return <QueryError error={referral.error} />;
  const r = referral.data;
  const name = `${r.student.firstName} ${r.student.lastName}`;
  const openDialog = (d: Dialog) => {
    setDialog(d);
    setReason('');
    setReviewOn('');
    setBroker(null);
    setIntensity(null);
    setErrors({});
    open();
  };

  const submit = async () => {
    let d: Decision;
    if (dialog === 'accept') {
      d = { kind: 'accept', body: { assignedBroker: broker ?? undefined, guidanceIntensity: (intensity ?? undefined) as Schemas['GuidanceIntensity'] | undefined } };
    } else if (dialog === 'waitlist') {
      if (!reason.trim() || !reviewOn) {
        setErrors({ reason: reason.trim() ? '' : t('validation.required'), reviewOn: reviewOn ? '' : t('validation.required') });
        return;
      }
      d = { kind: 'waitlist', body: { reason, reviewOn } };
    } else {
      if (!reason.trim()) {
        setErrors({ reason: t('validation.required') });
        return;
      }
      d = { kind: 'decline', body: { reason } };
    }
    try {
      await decide.mutateAsync({ version: r.version, decision: d });
      close();
    } catch (e) {
      // Decided by someone else meanwhile (409), or changed since this page was read (412): show it as it is now.
      if (e instanceof ApiError && (e.status === 409 || e.status === 412)) {
        close();
        setConflict(true);
        void referral.refetch();
        return;
      }
      setErrors(fieldErrors(e, t, ['reason', 'reviewOn', 'assignedBroker', 'guidanceIntensity']).fields);
    }
  };

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

      <Modal
        opened={opened}
        onClose={close}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={dialog === 'accept' ? t('referrals.acceptTitle') : dialog === 'waitlist' ? t('referrals.waitlistTitle') : t('referrals.declineTitle')}
      >
        <Stack>
          {dialog === 'accept' && (
            <>
              <Text size="sm">{t('referrals.acceptText')}</Text>
              <Select
                label={t('referrals.assignedBroker')}
                placeholder={me.data?.name}
                clearable
                data={(brokers.data ?? []).map((b) => ({ value: b.username, label: b.name }))}
                value={broker}
                onChange={setBroker}
                error={errors.assignedBroker}
              />
              <Select
                label={t('students.guidanceIntensity')}
                placeholder={defaultIntensity ? t('intensity.default', { value: t(`intensity.${defaultIntensity}`) }) : undefined}
                clearable
                data={(['PLACEMENT_ONLY', 'INTENSIVE'] as const).map((i) => ({ value: i, label: t(`intensity.${i}`) }))}
                value={intensity}
                onChange={setIntensity}
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
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={errors.reason || undefined}
            />
          )}
          {dialog === 'waitlist' && (
            <TextInput
              type="date"
              label={t('referrals.reviewOnLabel')}
              required
              min={new Date().toISOString().slice(0, 10)}
              value={reviewOn}
              onChange={(e) => setReviewOn(e.currentTarget.value)}
              error={errors.reviewOn || undefined}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
            <Button onClick={() => void submit()} loading={decide.isPending}>
              {dialog === 'accept' ? t('referrals.accept') : dialog === 'waitlist' ? t('referrals.waitlist') : t('referrals.decline')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
