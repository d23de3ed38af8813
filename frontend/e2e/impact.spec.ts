import { expect, test } from './fixtures';
import { Api, unique } from './api';
import { checkpoint } from './helpers';

test('a student fills in the personal self-assessment link on a phone, without an account @phone', async ({ page }) => {
  const api = await Api.as('broker.west');
  const student = await api.student('Lotte', unique('Zelf'));
  const token = await api.surveyLink(student, 'BEFORE');

  await page.goto(`/s#${token}`);
  await expect(page.getByRole('heading', { name: 'Hoi Lotte!' })).toBeVisible();
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await expect(page.getByText('Stap 1 van 7')).toBeVisible();
  // Nothing chosen yet: the student is asked to answer every question first.
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByRole('alert')).toHaveText('Geef bij elke vraag een antwoord.');
  for (let step = 1; step <= 7; step++) {
    await expect(page.getByText(`Stap ${step} van 7`)).toBeVisible();
    const groups = page.getByRole('radiogroup');
    const count = await groups.count();
    for (let i = 0; i < count; i++) {
      const four = groups.nth(i).getByRole('radio', { name: '4', exact: true });
      await ((await four.count()) ? four : groups.nth(i).getByRole('radio').first()).check();
    }
    if (step === 2) await checkpoint(page, `student-survey-${test.info().project.name}`);
    await page.getByRole('button', { name: step === 7 ? 'Versturen' : 'Volgende' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Bedankt!' })).toBeVisible();

  // The link worked once; the broker sees it answered.
  await page.reload();
  await expect(page.getByText('Je hebt deze vragenlijst al ingevuld. Bedankt!')).toBeVisible();
  const status = await api.send<{ moment: string; status: string }[]>('GET', `/students/${student}/surveys`);
  expect(status.find((s) => s.moment === 'BEFORE')?.status).toBe('ANSWERED');
  await page.goto(`/s/${'x'.repeat(43)}`);
  await expect(page.getByText('Deze link werkt niet. Vraag je stagemakelaar om een nieuwe link.')).toBeVisible();
  await api.dispose();
});

test('a lead reads the development of the students before and after, on screen and printed', async ({ lead }) => {
  const api = await Api.as('broker.west');
  const student = await api.student('Milan', unique('Groei'));
  await api.answerSurvey(await api.surveyLink(student, 'BEFORE'), 2);
  await api.answerSurvey(await api.surveyLink(student, 'AFTER'), 4);
  await api.dispose();

  const page = await lead('/reports?tab=development');
  await expect(page.getByRole('heading', { name: 'Ontwikkeling van studenten' })).toBeVisible();
  await expect(page.getByText('De hele organisatie')).toBeVisible();
  const themes = page.getByTestId('report-themes');
  await expect(themes.getByRole('row', { name: /Zelfinzicht/ })).toBeVisible();
  await expect(themes.getByRole('img', { name: 'Per thema' })).toBeVisible();
  await expect(page.getByTestId('report-statements').getByRole('row', { name: /Ik weet goed wat ik kan/ })).toBeVisible();
  await checkpoint(page, 'lead-development-report');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await expect(themes.getByRole('row', { name: /Zelfinzicht/ })).toBeVisible();
  await checkpoint(page, 'lead-development-report-print');
});

test('a lead reads the programme report: a chart and a table per figure, a CSV, the figures of now, and a clean print @phone', async ({ lead }) => {
  const api = await Api.as('broker.west');
  const student = await api.student('Noor', unique('Rapport'), { educationLevel: 'HAVO' });
  await api.send('POST', `/students/${student}/contacts`, { channel: 'PHONE', party: 'STUDENT', minutes: 20 });
  // The organisation's report as the lead will find it kept: computed now, with this student.
  const leadApi = await Api.as('lead.west');
  type Report = { figures: { id: string; rows: { key: string; values: number[] }[] }[] };
  const report = await leadApi.send<Report>('GET', '/reports/programme?refresh=true');
  await leadApi.dispose();
  const havoCount = report.figures.find((f) => f.id === 'participants')!.rows.find((r) => r.key === 'HAVO')!.values[0];
  expect(havoCount).toBeGreaterThan(0);

  const page = await lead('/reports');
  const participants = page.getByTestId('figure-participants');
  await expect(participants.getByRole('heading', { name: /Tabel 2.1/ })).toBeVisible();
  await expect(participants.getByRole('img', { name: /Tabel 2.1/ })).toBeVisible();
  const havo = participants.getByRole('row', { name: /havo/ });
  await expect(havo.getByRole('cell').nth(1)).toHaveText(String(havoCount));
  await expect(page.getByTestId('report-computed')).toContainText('Cijfers van');
  // A student added since: counted once the lead asks for the figures of now.
  await api.student('Sem', unique('Rapport'), { educationLevel: 'HAVO' });
  await api.dispose();
  await page.getByRole('button', { name: 'Cijfers van nu' }).click();
  await expect(havo.getByRole('cell').nth(1)).toHaveText(String(havoCount + 1));
  await expect(page.getByTestId('figure-funnel').getByRole('row', { name: /Deelnemers/ })).toBeVisible();
  await expect(page.getByTestId('figure-reasons').getByText('Antwoorden van de studenten zelf (zelfbeoordeling vooraf).')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    participants.getByRole('button', { name: /CSV Tabel 2.1/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('participants.csv');
  const phone = test.info().project.name === 'phone';
  await checkpoint(page, phone ? 'lead-programme-report-phone' : 'lead-programme-report');
  if (phone) return;
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await expect(participants.getByRole('button', { name: /CSV/ })).toBeHidden();
  await checkpoint(page, 'lead-programme-report-print');
});

test('a broker e-mails the personal self-assessment link from the case file', async ({ broker }) => {
  const api = await Api.as('broker.west');
  const email = `${unique('lotte').toLowerCase()}@example.nl`;
  const student = await api.student('Lotte', unique('Mail'), { email });
  await api.dispose();

  const page = await broker(`/students/${student}`);
  const panel = page.getByTestId('surveys');
  await panel.getByRole('button', { name: 'Vooraf (bij de start): link per e-mail sturen' }).click();
  await expect(panel.getByTestId('survey-link')).toContainText(`De link is gemaild naar ${email}.`);
  await expect(panel.getByText('Link verstuurd')).toBeVisible();
  await checkpoint(page, 'broker-survey-emailed');
});
