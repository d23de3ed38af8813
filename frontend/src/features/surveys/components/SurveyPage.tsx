import { Alert, Button, Card, Center, Group, Progress, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/shared/i18n';
import { ApiError, type Schemas } from '@/shared/api/client';
import { PageLoader } from '@/shared/ui/PageLoader';
import { useAnswerSurvey, useSurveyForm } from '../api/surveys';

type Answers = Record<string, string>;

/** Why a link does not open, in the student's words: unknown, expired, or already answered. */
function refusal(error: unknown): 'notFound' | 'expired' | 'answered' {
  if (error instanceof ApiError && error.status === 410) return 'expired';
  if (error instanceof ApiError && error.status === 409) return 'answered';
  return 'notFound';
}

/**
 * The student's own page behind the personal link: plain Dutch, one theme per screen, large touch targets,
 * progress shown. Nothing is stored until the last screen is sent.
 */
export function SurveyPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const form = useSurveyForm(token);
  const answer = useAnswerSurvey(token);
  const [step, setStep] = useState(-1);
  const [answers, setAnswers] = useState<Answers>({});
  const [missing, setMissing] = useState(false);

  const shell = (children: React.ReactNode) => (
    <Center mih="100vh" p="sm" component="main" style={{ alignItems: 'flex-start' }}>
      <Card withBorder maw={560} w="100%" p="lg" mt="md">{children}</Card>
    </Center>
  );
  if (form.isPending) return shell(<PageLoader />);
  if (form.isError) return shell(<Alert color="orange" role="alert" title={t(`surveys.page.${refusal(form.error)}`)} />);
  if (answer.isSuccess) {
    return shell(
      <Stack>
        <Title order={1} size="h2">{t('surveys.page.thanks')}</Title>
        <Text size="lg">{t('surveys.page.thanksText')}</Text>
      </Stack>,
    );
  }
  const f = form.data;
  const sections = f.sections;
  if (step < 0) {
    return shell(
      <Stack>
        <Title order={1} size="h2">{t('surveys.page.hello', { name: f.firstName })}</Title>
        <Text size="lg">{t(f.moment === 'BEFORE' ? 'surveys.page.introBefore' : 'surveys.page.introAfter', { organisation: f.organisationName })}</Text>
        <Text size="lg">{t('surveys.page.time')}</Text>
        <Button size="xl" onClick={() => setStep(0)}>{t('surveys.page.start')}</Button>
      </Stack>,
    );
  }
  const section = sections[step]!;
  const last = step === sections.length - 1;
  const complete = section.items.every((i) => answers[i.id]);
  const go = async () => {
    if (!complete) return setMissing(true);
    setMissing(false);
    if (!last) {
      setStep(step + 1);
      window.scrollTo(0, 0);
      return;
    }
    const all = sections.flatMap((s) => s.items);
    await answer.mutateAsync({
      answers: all.map((i) => (i.kind === 'SCALE' ? { itemId: i.id, value: Number(answers[i.id]) } : { itemId: i.id, choice: answers[i.id] })),
    }).catch(() => undefined);
  };
  const failed = answer.isError ? refusal(answer.error) : null;

  return shell(
    <Stack gap="lg">
      <div>
        <Text size="sm">{t('surveys.page.step', { step: step + 1, total: sections.length })}</Text>
        <Progress.Root size="lg">
          <Progress.Section value={((step + 1) / sections.length) * 100}
            aria-label={t('surveys.page.step', { step: step + 1, total: sections.length })} />
        </Progress.Root>
      </div>
      <Title order={1} size="h2">{section.title}</Title>
      {section.items.map((item) => (
        <Item key={item.id} item={item} value={answers[item.id] ?? null}
          onChange={(v) => setAnswers((a) => ({ ...a, [item.id]: v }))} />
      ))}
      {missing && <Alert color="orange" role="alert">{t('surveys.page.answerAll')}</Alert>}
      {failed && <Alert color="red" role="alert">{t(`surveys.page.${failed}`)}</Alert>}
      <Group justify="space-between">
        <Button size="lg" variant="default" onClick={() => setStep(step - 1)}>{t('surveys.page.previous')}</Button>
        <Button size="lg" onClick={go} loading={answer.isPending}>{last ? t('surveys.page.send') : t('surveys.page.next')}</Button>
      </Group>
    </Stack>,
  );
}

function Item({ item, value, onChange }: { item: Schemas['Item']; value: string | null; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  if (item.kind === 'CHOICE') {
    return (
      <Radio.Group label={item.text} value={value} onChange={onChange} size="md" styles={{ label: { fontSize: 'var(--mantine-font-size-lg)', marginBottom: 8 } }}>
        <Stack gap="xs">
          {(item.options ?? []).map((o) => (
            <Radio.Card key={o.code} value={o.code} p="md" radius="md">
              <Group wrap="nowrap"><Radio.Indicator /><Text size="md">{o.label}</Text></Group>
            </Radio.Card>
          ))}
        </Stack>
      </Radio.Group>
    );
  }
  return (
    <Radio.Group label={item.text} value={value} onChange={onChange} styles={{ label: { fontSize: 'var(--mantine-font-size-lg)', marginBottom: 8 } }}>
      <SimpleGrid cols={5} spacing={6}>
        {['1', '2', '3', '4', '5'].map((n) => (
          <Radio.Card key={n} value={n} radius="md" p={0} mih={52} aria-label={n === '1' ? `1 – ${t('surveys.page.scaleLow')}` : n === '5' ? `5 – ${t('surveys.page.scaleHigh')}` : n}>
            <Center h={52}><Text fw={700} size="lg">{n}</Text></Center>
          </Radio.Card>
        ))}
      </SimpleGrid>
      <Group justify="space-between" mt={4}>
        <Text size="sm" c="dimmed">{t('surveys.page.scaleLow')}</Text>
        <Text size="sm" c="dimmed">{t('surveys.page.scaleHigh')}</Text>
      </Group>
    </Radio.Group>
  );
}
