import {
  Alert, Button, Card, Checkbox, Group, NumberInput, Radio, Select, SimpleGrid, Stack, Stepper, Text, TextInput, Textarea, Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { Link } from 'wouter';
import { useNavigate } from '@/shared/router';
import { useQueryClient } from '@tanstack/react-query';
import { useProgrammes } from '@/features/reference/api/get-programmes';
import { useSchools } from '@/features/reference/api/get-schools';
import { postAction, type Schemas } from '@/shared/api/client';
import { invalidate, queryKeys } from '@/shared/api/query-keys';
import { fieldErrors } from '@/shared/api/form-errors';
import { PageHeader } from '@/shared/ui/PageHeader';
import { formatDate } from '@/shared/ui/format';
import { useReferralTargets } from '../api/get-referral-targets';
import { useSubmitReferral } from '../api/submit-referral';
import { todayIso, validators } from '@/shared/forms/validators';
import { Fact, Facts } from '@/shared/ui/Facts';

const REASONS: Schemas['ReferralReason'][] = ['STUDENT_STRUGGLES', 'SCHOOL_THOUGHT_NECESSARY', 'SCHOOL_COULD_NOT_FIND_PLACE', 'WANTS_TO_LEARN', 'OTHER'];
const DURATIONS: Schemas['SearchDuration'][] = ['NOT_YET', 'LESS_THAN_ONE_MONTH', 'ONE_TO_TWO_MONTHS', 'MORE_THAN_TWO_MONTHS'];
const MENTOR_KINDS: Schemas['ReferrerKind'][] = ['MENTOR', 'TEACHER', 'PLACEMENT_COORDINATOR'];
const ALL_KINDS: Schemas['ReferrerKind'][] = ['STUDENT', 'MENTOR', 'TEACHER', 'PLACEMENT_COORDINATOR', 'MUNICIPALITY', 'YOUTH_WORKER', 'OTHER'];
/** How a student reaches the desk when a broker registers them (the form and integrations set their own). */
const BROKER_CHANNELS: Schemas['Channel'][] = ['WALK_IN', 'PHONE', 'EMAIL', 'APP', 'SOCIAL_MEDIA', 'OTHER'];

type Values = {
  firstName: string; lastName: string; dateOfBirth: string; phone: string; email: string; programmeId: string;
  reason: string; reasonOther: string; searchDuration: string; applicationsSent: number | string; companiesContacted: number | string;
  schoolActions: string; internshipMustStartBy: string; hoursBehind: number | string;
  organisationId: string; referrerKind: string; answers: Record<string, string>;
  studentConsent: boolean; guardianConsent: boolean; consentDate: string;
  schoolId: string; channel: string; referrerName: string; then: 'accept' | 'triage';
};


function ageOn(dateOfBirth: string, on: string): number {
  if (!dateOfBirth || !on) return 99;
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * The guided referral: five short steps, each checked before the next, then a summary. A mentor refers to a
 * broker organisation; a broker registers a student who reached the desk another way (channel, who referred)
 * and either takes the case on at once or leaves it in the inbox for triage.
 */
export function ReferralWizard({ mode = 'mentor' }: { mode?: 'mentor' | 'broker' }) {
  const { t, i18n } = useTranslation();
  const broker = mode === 'broker';
  const targets = useReferralTargets();
  const programmes = useProgrammes();
  const schools = useSchools();
  const submit = useSubmitReferral();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [step, setStep] = useState(0);
  const [sent, setSent] = useState<Schemas['ReferralView'] | null>(null);
  const [general, setGeneral] = useState<string>();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const rules = validators(t);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      firstName: '', lastName: '', dateOfBirth: '', phone: '', email: '', programmeId: '',
      reason: '', reasonOther: '', searchDuration: '', applicationsSent: '', companiesContacted: '', schoolActions: '',
      internshipMustStartBy: '', hoursBehind: '', organisationId: '', referrerKind: broker ? 'STUDENT' : 'MENTOR', answers: {},
      studentConsent: false, guardianConsent: false, consentDate: todayIso(),
      schoolId: '', channel: '', referrerName: '', then: 'accept',
    },
    validate: (v) => {
      const e: Record<string, string | null> = {};
      const req = (k: keyof Values) => { if (!String(v[k] ?? '').trim()) e[k] = t('validation.required'); };
      const num = (k: keyof Values, max: number) => {
        const n = v[k];
        if (n !== '' && (typeof n !== 'number' || n < 0 || n > max)) e[k] = t('referrals.validation.number', { max });
      };
      if (step === 0) {
        req('firstName'); req('lastName'); req('dateOfBirth');
        if (v.dateOfBirth) e.dateOfBirth = rules.pastDate(v.dateOfBirth);
        e.phone = rules.phone(v.phone);
        e.email = rules.email(v.email);
      }
      if (step === 1) {
        if (!v.reason) e.reason = t('referrals.validation.choose');
        if (v.reason === 'OTHER') req('reasonOther');
        if (!v.searchDuration) e.searchDuration = t('referrals.validation.choose');
        num('applicationsSent', 1000); num('companiesContacted', 1000); num('hoursBehind', 2000);
      }
      if (step === 2) {
        if (!v.organisationId) e.organisationId = t('referrals.validation.choose');
        if (broker && !v.schoolId) e.schoolId = t('referrals.validation.choose');
        if (broker && !v.channel) e.channel = t('referrals.validation.choose');
        for (const q of target?.questions ?? []) if (!v.answers[q.id]) e[`answers.${q.id}`] = t('referrals.validation.answerAll');
      }
      if (step === 3) {
        if (!v.studentConsent) e.studentConsent = t('referrals.validation.consent');
        if (under16 && !v.guardianConsent) e.guardianConsent = t('referrals.validation.guardian');
        req('consentDate');
      }
      return e;
    },
  });

  const target = targets.data?.find((o) => o.id === form.values.organisationId);
  const under16 = ageOn(form.values.dateOfBirth, form.values.consentDate) < 16;

  // One organisation serving the school: choose it for the mentor.
  useEffect(() => {
    if (targets.data?.length === 1 && !form.values.organisationId) form.setFieldValue('organisationId', targets.data[0]!.id);
  }, [targets.data, form]);

  // Move focus to the step's heading so screen-reader users know where they are.
  useEffect(() => headingRef.current?.focus(), [step, sent]);

  const next = () => {
    if (!form.validate().hasErrors) setStep((s) => s + 1);
  };

  const send = async () => {
    setGeneral(undefined);
    const v = form.values;
    const opt = (s: string) => s.trim() || undefined;
    const n = (x: number | string) => (typeof x === 'number' ? x : undefined);
    try {
      const created = await submit.mutateAsync({
        organisationId: v.organisationId,
        ...(broker ? { schoolId: v.schoolId, channel: v.channel as Schemas['Channel'] } : {}),
        programmeId: v.programmeId || undefined,
        student: { firstName: v.firstName.trim(), lastName: v.lastName.trim(), dateOfBirth: v.dateOfBirth, phone: opt(v.phone), email: opt(v.email) },
        referrer: { kind: v.referrerKind as Schemas['ReferrerKind'], name: broker ? opt(v.referrerName) : undefined },
        reason: v.reason as Schemas['ReferralReason'],
        reasonOther: opt(v.reasonOther),
        searchDuration: v.searchDuration as Schemas['SearchDuration'],
        applicationsSent: n(v.applicationsSent),
        companiesContacted: n(v.companiesContacted),
        schoolActions: opt(v.schoolActions),
        internshipMustStartBy: v.internshipMustStartBy || undefined,
        hoursBehind: n(v.hoursBehind),
        eligibilityAnswers: (target?.questions ?? []).map((q) => ({ questionId: q.id, answer: v.answers[q.id] === 'yes' })),
        consent: { student: v.studentConsent, guardian: v.guardianConsent, date: v.consentDate },
      });
      if (!broker) {
        setSent(created);
        return;
      }
      const name = `${created.student.firstName} ${created.student.lastName}`;
      if (v.then === 'triage') {
        navigate(`/referrals/${created.id}`, { state: { flash: t('referrals.registered', { name }) } });
        return;
      }
      const accepted = await postAction<Schemas['ReferralView']>('/api/v1/referrals/{id}/accept', created.id, {}, `"${created.version}"`);
      await invalidate(queryClient, queryKeys.referrals.all, queryKeys.students.all, queryKeys.caseload);
      navigate(`/students/${accepted.studentId}`, { state: { flash: t('referrals.registeredAccepted', { name }) } });
    } catch (e) {
      setGeneral(fieldErrors(e, t, []).general ?? (e as Error).message);
    }
  };

  if (sent) {
    return (
      <Card withBorder maw={640} role="status">
        <Stack>
          <Title order={2} ref={headingRef} tabIndex={-1}>{t('referrals.sentTitle')}</Title>
          <Text>{t('referrals.sentText', { name: `${sent.student.firstName} ${sent.student.lastName}`, organisation: sent.organisation.name })}</Text>
          <Group>
            <Button component={Link} to="/mentor">{t('referrals.toMine')}</Button>
            <Button variant="default" onClick={() => { form.reset(); setStep(0); setSent(null); }}>{t('referrals.another')}</Button>
          </Group>
        </Stack>
      </Card>
    );
  }

  const yesNo = [{ value: 'yes', label: t('referrals.fields.yes') }, { value: 'no', label: t('referrals.fields.no') }];
  const v = form.values;
  const none = t('common.none');
  const programme = programmes.data?.find((p) => p.id === v.programmeId);
  const summary: [string, string][] = [
    [t('students.name'), `${v.firstName} ${v.lastName}`],
    [t('students.dateOfBirth'), formatDate(v.dateOfBirth, i18n.language)],
    [t('students.programme'), programme ? programme.name : none],
    [t('students.phone'), v.phone || none],
    [t('students.email'), v.email || none],
    [t('referrals.fields.reason'), v.reason ? t(`referrals.reason.${v.reason as Schemas['ReferralReason']}`) + (v.reasonOther ? ` – ${v.reasonOther}` : '') : none],
    [t('referrals.fields.searchDuration'), v.searchDuration ? t(`referrals.searchDuration.${v.searchDuration as Schemas['SearchDuration']}`) : none],
    [t('referrals.fields.applicationsSent'), String(v.applicationsSent || 0)],
    [t('referrals.fields.companiesContacted'), String(v.companiesContacted || 0)],
    [t('referrals.fields.schoolActions'), v.schoolActions || none],
    [t('referrals.fields.internshipMustStartBy'), v.internshipMustStartBy ? formatDate(v.internshipMustStartBy, i18n.language) : none],
    [t('referrals.fields.hoursBehind'), String(v.hoursBehind || 0)],
    ...(broker
      ? ([
          [t('students.school'), schools.data?.find((x) => x.id === v.schoolId)?.name ?? none],
          [t('referrals.fields.channel'), v.channel ? t(`referrals.channel.${v.channel as Schemas['Channel']}`) : none],
          [t('referrals.referrer'), `${t(`referrals.referrerKind.${v.referrerKind as Schemas['ReferrerKind']}`)}${v.referrerName ? ` – ${v.referrerName}` : ''}`],
        ] as [string, string][])
      : ([[t('referrals.fields.organisation'), target?.name ?? none]] as [string, string][])),
    ...(target?.questions ?? []).map((q): [string, string] => [q.text, v.answers[q.id] === 'yes' ? t('referrals.fields.yes') : t('referrals.fields.no')]),
    [t('referrals.sections.consent'), t('referrals.consentGiven', { guardian: v.guardianConsent ? t('referrals.fields.yes') : t('referrals.fields.no'), date: formatDate(v.consentDate, i18n.language) })],
  ];

  const stepTitles = ['student', 'situation', broker ? 'registration' : 'broker', 'consent', 'summary'] as const;
  return (
    <>
      <PageHeader title={broker ? t('referrals.register') : t('referrals.new')} />
      <Stepper active={step} size="sm" mb="lg" allowNextStepsSelect={false} onStepClick={(s) => s < step && setStep(s)}>
        {stepTitles.map((s) => (
          <Stepper.Step key={s} label={t(`referrals.steps.${s}`)} description={t(`referrals.steps.${s}Hint`)} />
        ))}
      </Stepper>
      <form onSubmit={(e) => { e.preventDefault(); if (step < 4) next(); else void send(); }} noValidate>
        <Stack maw={720}>
          <Title order={3} size="h4" ref={headingRef} tabIndex={-1}>
            {t(`referrals.steps.${stepTitles[step]!}`)}: {t(`referrals.steps.${stepTitles[step]!}Hint`)}
          </Title>
          {step === 0 && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('students.firstName')} required {...form.getInputProps('firstName')} />
              <TextInput label={t('students.lastName')} required {...form.getInputProps('lastName')} />
              <TextInput label={t('students.dateOfBirth')} type="date" required max={todayIso()} {...form.getInputProps('dateOfBirth')} />
              <TextInput label={t('students.phone')} type="tel" inputMode="tel" {...form.getInputProps('phone')} />
              <TextInput label={t('students.email')} type="email" {...form.getInputProps('email')} />
              <Select
                label={t('students.programme')}
                searchable
                clearable
                data={(programmes.data ?? []).map((p) => ({ value: p.id, label: `${p.name} – ${t('students.levelN', { level: p.level })} ${p.pathway}` }))}
                {...form.getInputProps('programmeId')}
              />
            </SimpleGrid>
          )}
          {step === 1 && (
            <>
              <Radio.Group label={t('referrals.fields.reason')} required {...form.getInputProps('reason')}>
                <Stack gap="xs" mt="xs">
                  {REASONS.map((r) => <Radio key={r} value={r} label={t(`referrals.reason.${r}`)} />)}
                </Stack>
              </Radio.Group>
              {v.reason === 'OTHER' && <TextInput label={t('referrals.fields.reasonOther')} required {...form.getInputProps('reasonOther')} />}
              <Radio.Group label={t('referrals.fields.searchDuration')} required {...form.getInputProps('searchDuration')}>
                <Stack gap="xs" mt="xs">
                  {DURATIONS.map((d) => <Radio key={d} value={d} label={t(`referrals.searchDuration.${d}`)} />)}
                </Stack>
              </Radio.Group>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NumberInput hideControls label={t('referrals.fields.applicationsSent')} min={0} max={1000} allowDecimal={false} {...form.getInputProps('applicationsSent')} />
                <NumberInput hideControls label={t('referrals.fields.companiesContacted')} min={0} max={1000} allowDecimal={false} {...form.getInputProps('companiesContacted')} />
                <TextInput label={t('referrals.fields.internshipMustStartBy')} type="date" {...form.getInputProps('internshipMustStartBy')} />
                <NumberInput hideControls label={t('referrals.fields.hoursBehind')} min={0} max={2000} allowDecimal={false} {...form.getInputProps('hoursBehind')} />
              </SimpleGrid>
              <Textarea label={t('referrals.fields.schoolActions')} description={t('referrals.fields.schoolActionsHint')} autosize minRows={3} maxLength={2000} {...form.getInputProps('schoolActions')} />
            </>
          )}
          {step === 2 && (
            <>
              {broker ? (
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <Select label={t('students.school')} required searchable allowDeselect={false}
                    data={(schools.data ?? []).map((x) => ({ value: x.id, label: x.name }))} {...form.getInputProps('schoolId')} />
                  <Select label={t('referrals.fields.channel')} required allowDeselect={false}
                    data={BROKER_CHANNELS.map((c) => ({ value: c, label: t(`referrals.channel.${c}`) }))} {...form.getInputProps('channel')} />
                  <Select label={t('referrals.fields.referredBy')} allowDeselect={false}
                    data={ALL_KINDS.map((k) => ({ value: k, label: t(`referrals.referrerKind.${k}`) }))} {...form.getInputProps('referrerKind')} />
                  <TextInput label={t('referrals.fields.referrerName')} maxLength={150} {...form.getInputProps('referrerName')} />
                </SimpleGrid>
              ) : (
                <>
                  <Radio.Group label={t('referrals.fields.organisation')} required {...form.getInputProps('organisationId')}>
                    <Stack gap="xs" mt="xs">
                      {(targets.data ?? []).map((o) => <Radio key={o.id} value={o.id} label={o.name} />)}
                    </Stack>
                  </Radio.Group>
                  <Select
                    label={t('referrals.fields.referrerKind')}
                    data={MENTOR_KINDS.map((k) => ({ value: k, label: t(`referrals.referrerKind.${k}`) }))}
                    allowDeselect={false}
                    {...form.getInputProps('referrerKind')}
                  />
                </>
              )}
              {target && target.questions.length > 0 && (
                <Stack gap="sm">
                  <Text fw={600}>{t('referrals.fields.eligibility')}</Text>
                  {target.questions.map((q) => (
                    <Radio.Group key={q.id} label={q.text} required {...form.getInputProps(`answers.${q.id}`)}>
                      <Group mt="xs">{yesNo.map((o) => <Radio key={o.value} value={o.value} label={o.label} />)}</Group>
                    </Radio.Group>
                  ))}
                </Stack>
              )}
            </>
          )}
          {step === 3 && (
            <>
              <Alert color="blue" variant="light">{t('referrals.fields.consentExplain')}</Alert>
              <Checkbox label={t('referrals.fields.studentConsent')} {...form.getInputProps('studentConsent', { type: 'checkbox' })} />
              {under16 && <Checkbox label={t('referrals.fields.guardianConsent')} {...form.getInputProps('guardianConsent', { type: 'checkbox' })} />}
              <TextInput label={t('referrals.fields.consentDate')} type="date" required max={todayIso()} maw={240} {...form.getInputProps('consentDate')} />
            </>
          )}
          {step === 4 && (
            <>
              <Card withBorder>
                <Facts stacked>
                  {summary.map(([label, value]) => <Fact key={label} label={label}>{value}</Fact>)}
                </Facts>
              </Card>
              {broker && (
                <Radio.Group label={t('referrals.fields.then')} {...form.getInputProps('then')}>
                  <Stack gap="xs" mt="xs">
                    <Radio value="accept" label={t('referrals.fields.thenAccept')} />
                    <Radio value="triage" label={t('referrals.fields.thenTriage')} />
                  </Stack>
                </Radio.Group>
              )}
            </>
          )}
          {general && <Alert color="red" role="alert">{general}</Alert>}
          <Group>
            {step > 0 && <Button variant="default" onClick={() => setStep((s) => s - 1)}>{t('referrals.previous')}</Button>}
            <Button type="submit" loading={submit.isPending}>{step < 4 ? t('referrals.next') : broker ? t('referrals.save') : t('referrals.send')}</Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
