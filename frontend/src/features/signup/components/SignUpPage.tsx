import { Alert, Anchor, Button, Card, Center, Checkbox, Group, NumberInput, Radio, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { ApiError, type Schemas } from '@/shared/api/client';
import { FormProblem, useServerForm } from '@/shared/forms/action-form';
import { todayIso, validators } from '@/shared/forms/validators';
import { PageLoader } from '@/shared/ui/PageLoader';
import { solve } from '../api/proof-of-work';
import { useSignUp, useSignUpForm } from '../api/sign-up';

const DURATIONS: Schemas['SearchDuration'][] = ['NOT_YET', 'LESS_THAN_ONE_MONTH', 'ONE_TO_TWO_MONTHS', 'MORE_THAN_TWO_MONTHS'];

/** Under 16 on the day of signing up: a parent or guardian agrees too. */
function under16(dateOfBirth: string): boolean {
  if (!dateOfBirth) return false;
  const sixteen = new Date(dateOfBirth);
  sixteen.setFullYear(sixteen.getFullYear() + 16);
  return sixteen.toISOString().slice(0, 10) > todayIso();
}

export function PublicShell({ children }: { children: React.ReactNode }) {
  return (
    <Center mih="100vh" p="sm" component="main" style={{ alignItems: 'flex-start' }}>
      <Card withBorder maw={560} w="100%" p="lg" mt="md">{children}</Card>
    </Center>
  );
}

/**
 * The student's own door, in plain Dutch and phone first: the organisation's questions, then (only if the student
 * qualifies) the sign-up, then "look in your mail". Nothing is stored until the link in that mail is used.
 */
export function SignUpPage({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const page = useSignUpForm(organisationId);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [step, setStep] = useState<'questions' | 'details' | 'notEligible' | 'sent'>('questions');
  const [missing, setMissing] = useState(false);
  const [result, setResult] = useState<Schemas['SignUpResult'] | null>(null);

  if (page.isPending) return <PublicShell><PageLoader /></PublicShell>;
  if (page.isError) {
    return <PublicShell><Alert color="orange" role="alert">{t('signUp.closed')}</Alert></PublicShell>;
  }
  const f = page.data;
  const notEligible = (
    <Stack>
      <Title order={1} size="h2">{t('signUp.notEligibleTitle')}</Title>
      <Text size="lg" style={{ whiteSpace: 'pre-line' }}>{f.notEligibleText ?? t('signUp.notEligibleDefault')}</Text>
      <Button variant="default" onClick={() => setStep('questions')}>{t('signUp.back')}</Button>
    </Stack>
  );

  if (step === 'notEligible') return <PublicShell>{notEligible}</PublicShell>;
  if (step === 'sent' && result) {
    return (
      <PublicShell>
        <Stack>
          <Title order={1} size="h2">{t('signUp.sentTitle')}</Title>
          <Text size="lg">{t('signUp.sentText', { email: result.emailedTo })}</Text>
          <Text>{t('signUp.sentHint')}</Text>
          {result.confirmLink && (
            <Alert color="gray" title={t('signUp.devLink')}>
              <Anchor href={result.confirmLink} style={{ wordBreak: 'break-all' }}>{t('signUp.devLinkOpen')}</Anchor>
            </Alert>
          )}
        </Stack>
      </PublicShell>
    );
  }
  if (step === 'questions') {
    const go = () => {
      if (!f.questions.every((q) => answers[q.id])) return setMissing(true);
      setMissing(false);
      const fits = f.questions.every((q) => answers[q.id] === String(q.qualifyingAnswer));
      setStep(fits ? 'details' : 'notEligible');
      window.scrollTo(0, 0);
    };
    return (
      <PublicShell>
        <Stack gap="lg">
          <Title order={1} size="h2">{t('signUp.title', { organisation: f.organisationName })}</Title>
          <Text size="lg">{t('signUp.intro')}</Text>
          {f.questions.map((q) => (
            <Radio.Group key={q.id} label={q.text} value={answers[q.id] ?? null} size="md"
              onChange={(v) => setAnswers({ ...answers, [q.id]: v })}
              error={missing && !answers[q.id] ? t('signUp.answerThis') : undefined}>
              <Group mt="xs">
                <Radio value="true" label={t('signUp.yes')} />
                <Radio value="false" label={t('signUp.no')} />
              </Group>
            </Radio.Group>
          ))}
          <Button size="lg" onClick={go}>{t('signUp.next')}</Button>
        </Stack>
      </PublicShell>
    );
  }
  return (
    <PublicShell>
      <Details form={f} organisationId={organisationId} answers={answers}
        onDone={(r) => { setResult(r); setStep(r.eligible ? 'sent' : 'notEligible'); window.scrollTo(0, 0); }}
        onRetry={() => page.refetch()} />
    </PublicShell>
  );
}

function Details({ form: f, organisationId, answers, onDone, onRetry }: {
  form: Schemas['SignUpForm']; organisationId: string; answers: Record<string, string>;
  onDone: (r: Schemas['SignUpResult']) => void; onRetry: () => void;
}) {
  const { t } = useTranslation();
  const signUp = useSignUp(organisationId);
  const rules = validators(t);
  const [checking, setChecking] = useState(false);
  const { form, problem, busy, submit } = useServerForm({
    serverFields: ['firstName', 'lastName', 'dateOfBirth', 'email', 'phone', 'schoolId', 'searchDuration', 'applicationsSent',
      'tried', 'consent', 'guardianConsent'],
    initialValues: {
      firstName: '', lastName: '', dateOfBirth: '', email: '', phone: '', schoolId: (f.schools.length === 1 ? f.schools[0]!.id : null) as string | null,
      searchDuration: null as string | null, applicationsSent: '' as number | string, tried: '', consent: false, guardianConsent: false,
      website: '',
    },
    validate: {
      firstName: rules.requiredText(100), lastName: rules.requiredText(100), dateOfBirth: rules.required,
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('signUp.emailInvalid')),
      schoolId: (v) => rules.required(v ?? ''), searchDuration: (v) => rules.required(v ?? ''),
      consent: (v) => (v ? null : t('signUp.consentRequired')),
      guardianConsent: (v, all) => (under16(all.dateOfBirth) && !v ? t('signUp.guardianRequired') : null),
    },
  });
  const send = submit(async (v) => {
    setChecking(true);
    try {
      const nonce = await solve(f.challenge.salt, f.challenge.difficulty);
      const r = await signUp.mutateAsync({
        answers: f.questions.map((q) => ({ questionId: q.id, answer: answers[q.id] === 'true' })),
        firstName: v.firstName.trim(), lastName: v.lastName.trim(), dateOfBirth: v.dateOfBirth, email: v.email.trim(),
        phone: v.phone.trim() || undefined, schoolId: v.schoolId!, searchDuration: v.searchDuration as Schemas['SearchDuration'],
        applicationsSent: typeof v.applicationsSent === 'number' ? v.applicationsSent : undefined, tried: v.tried.trim() || undefined,
        consent: v.consent, guardianConsent: under16(v.dateOfBirth) ? v.guardianConsent : undefined,
        challenge: f.challenge, nonce, website: v.website || undefined,
      });
      onDone(r);
    } catch (e) {
      // An expired or spent check: a new one for the next try.
      if (e instanceof ApiError && e.problem?.errors?.some((x) => x.field === 'challenge')) onRetry();
      throw e;
    } finally {
      setChecking(false);
    }
  });
  const { dateOfBirth } = form.getValues();
  return (
    <form onSubmit={send} noValidate>
      <Stack>
        <Title order={1} size="h2">{t('signUp.detailsTitle')}</Title>
        <Text size="lg">{t('signUp.detailsIntro', { organisation: f.organisationName })}</Text>
        <FormProblem problem={problem} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput size="md" label={t('signUp.firstName')} required autoComplete="given-name" maxLength={100} {...form.getInputProps('firstName')} />
          <TextInput size="md" label={t('signUp.lastName')} required autoComplete="family-name" maxLength={100} {...form.getInputProps('lastName')} />
        </SimpleGrid>
        <TextInput size="md" type="date" label={t('signUp.dateOfBirth')} required autoComplete="bday" {...form.getInputProps('dateOfBirth')} />
        <TextInput size="md" type="email" label={t('signUp.email')} description={t('signUp.emailHint')} required autoComplete="email"
          maxLength={254} {...form.getInputProps('email')} />
        <TextInput size="md" type="tel" label={t('signUp.phone')} autoComplete="tel" maxLength={20} {...form.getInputProps('phone')} />
        <Select size="md" label={t('signUp.school')} required allowDeselect={false} data={f.schools.map((s) => ({ value: s.id, label: s.name }))}
          {...form.getInputProps('schoolId')} />
        <Radio.Group size="md" label={t('signUp.searchDuration')} required {...form.getInputProps('searchDuration')}>
          <Stack gap="xs" mt="xs">
            {DURATIONS.map((d) => <Radio key={d} value={d} label={t(`signUp.durations.${d}`)} />)}
          </Stack>
        </Radio.Group>
        <NumberInput size="md" label={t('signUp.applicationsSent')} min={0} max={1000} allowDecimal={false} hideControls maw={220}
          {...form.getInputProps('applicationsSent')} />
        <Textarea size="md" label={t('signUp.tried')} description={t('signUp.triedHint')} autosize minRows={3} maxLength={1000}
          {...form.getInputProps('tried')} />
        {/* Left empty by people: they never see it. */}
        <div aria-hidden="true" style={{ position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' }}>
          <label htmlFor="website">Website</label>
          <input id="website" name="website" tabIndex={-1} autoComplete="off" {...form.getInputProps('website')} />
        </div>
        <Checkbox size="md" label={t('signUp.consent', { organisation: f.organisationName })} {...form.getInputProps('consent', { type: 'checkbox' })} />
        {under16(dateOfBirth) && (
          <Checkbox size="md" label={t('signUp.guardianConsent')} {...form.getInputProps('guardianConsent', { type: 'checkbox' })} />
        )}
        <Button size="lg" type="submit" loading={busy || checking}>{t('signUp.send')}</Button>
      </Stack>
    </form>
  );
}
