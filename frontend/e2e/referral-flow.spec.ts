import { expect, test } from './fixtures';
import { fillStudent } from './pages';
import { Api } from './api';
import { assertAccessible, checkpoint, snap, unique } from './helpers';

test('a mentor refers a student, the school-based broker accepts, the mentor sees status and phase', async ({ mentor: openMentor, schoolBroker }) => {
  const lastName = unique('Bakır');

  const mentor = await openMentor();
  await expect(mentor.getByRole('heading', { name: 'Mijn aanmeldingen' })).toBeVisible();
  await checkpoint(mentor, 'mentor-referrals');
  await mentor.getByRole('link', { name: 'Nieuwe aanmelding' }).first().click();

  // Step 1: the student; nothing filled in yet shows messages next to the fields.
  await mentor.getByRole('button', { name: 'Volgende' }).click();
  await expect(mentor.getByText('Vul dit veld in').first()).toBeVisible();
  await checkpoint(mentor, 'mentor-wizard-student-errors');
  await fillStudent(mentor, { firstName: 'Yusuf', lastName, dateOfBirth: '2007-06-01', phone: '0612341234' });
  await mentor.getByRole('button', { name: 'Volgende' }).click();

  // Step 2: the situation.
  await mentor.getByLabel('School kon geen stageplek vinden').check();
  await mentor.getByLabel('Langer dan 2 maanden').check();
  await mentor.getByLabel('Aantal verstuurde sollicitaties').fill('6');
  await mentor.getByLabel('Aantal benaderde bedrijven').fill('9');
  await mentor.getByLabel('Wat heeft school al gedaan?').fill('Cv nagekeken en drie bedrijven gebeld.');
  await checkpoint(mentor, 'mentor-wizard-situation');
  await mentor.getByRole('button', { name: 'Volgende' }).click();

  // Step 3: the broker organisation (only one serves Rivier College) and its checklist.
  await expect(mentor.getByLabel('Stagemakelaar Rivier College')).toBeChecked();
  await mentor.getByRole('radiogroup', { name: /mbo-2-opleiding/ }).getByLabel('Ja').check();
  await mentor.getByRole('radiogroup', { name: /aantoonbaar gezocht/ }).getByLabel('Ja').check();
  await assertAccessible(mentor);
  await mentor.getByRole('button', { name: 'Volgende' }).click();

  // Step 4: consent is explicit; without it the referral cannot be sent.
  await mentor.getByRole('button', { name: 'Volgende' }).click();
  await expect(mentor.getByText('Zonder toestemming van de student kan de aanmelding niet worden verstuurd')).toBeVisible();
  await mentor.getByLabel(/De student is het eens met deze aanmelding/).check();
  await checkpoint(mentor, 'mentor-wizard-consent');
  await mentor.getByRole('button', { name: 'Volgende' }).click();

  // Step 5: summary, then send.
  await expect(mentor.getByText(`Yusuf ${lastName}`)).toBeVisible();
  await checkpoint(mentor, 'mentor-wizard-summary');
  await mentor.getByRole('button', { name: 'Aanmelding versturen' }).click();
  await expect(mentor.getByRole('heading', { name: 'Aanmelding verstuurd' })).toBeVisible();
  await snap(mentor, 'mentor-wizard-sent');

  // The broker finds it in the inbox and accepts it.
  const brokerPage = await schoolBroker('/referrals');
  await expect(brokerPage.getByRole('heading', { name: 'Aanmeldingen' })).toBeVisible();
  await checkpoint(brokerPage, 'broker-inbox');
  await brokerPage.getByRole('link', { name: `Yusuf ${lastName}` }).click();
  await expect(brokerPage.getByRole('heading', { name: `Aanmelding van Yusuf ${lastName}` })).toBeVisible();
  await checkpoint(brokerPage, 'broker-triage');
  await brokerPage.getByRole('button', { name: 'Aannemen' }).click();
  await expect(brokerPage.getByRole('dialog', { name: 'Aanmelding aannemen' })).toBeVisible();
  await assertAccessible(brokerPage);
  await brokerPage.getByRole('dialog').getByRole('button', { name: 'Aannemen' }).click();
  await expect(brokerPage.getByText('Aangenomen')).toBeVisible();
  await brokerPage.getByRole('link', { name: 'Naar het dossier' }).click();
  await expect(brokerPage.getByRole('heading', { name: `Yusuf ${lastName}` })).toBeVisible();
  await expect(brokerPage.getByText('Intensieve begeleiding')).toBeVisible();

  // The mentor sees the decision and the student's phase, nothing of the case file.
  await mentor.getByRole('link', { name: 'Naar mijn aanmeldingen' }).click();
  const row = mentor.getByRole('row', { name: new RegExp(lastName) });
  await expect(row.getByText('Aangenomen')).toBeVisible();
  await expect(row.getByText('Intake')).toBeVisible();
  await row.getByRole('link').click();
  await expect(mentor.getByText('Fase student: Intake')).toBeVisible();
  // The decision is signed with the broker's name, not a login.
  await expect(mentor.getByText(/Besloten door Sem Visser/)).toBeVisible();
  await checkpoint(mentor, 'mentor-referral-accepted');

  // Once placed, the mentor reads where and from when — the employer's name and the start date, no more.
  const student = new URL(brokerPage.url()).pathname.split('/').pop()!;
  const rivier = await Api.as('broker.rivier');
  const employerName = unique('Garage Rivierzicht ');
  const placement = await rivier.propose(student, { employerId: await rivier.employer(employerName) });
  await rivier.send('POST', `/placements/${placement}/accept`, { startDate: '2027-02-01' }, { 'If-Match': '"0"' });
  await rivier.dispose();
  await mentor.reload();
  await expect(mentor.getByTestId('placed')).toHaveText(`Geplaatst bij ${employerName}, vanaf 1 feb 2027`);
  await expect(mentor.getByText('Fase student: Geplaatst')).toBeVisible();
  await checkpoint(mentor, 'mentor-referral-placed');
});

test('a broker reviews a referral and its checklist @phone', async ({ broker }) => {
  const page = await broker('/referrals');
  await expect(page.getByRole('heading', { name: 'Aanmeldingen' })).toBeVisible();
  await snap(page, `broker-west-inbox-${test.info().project.name}`);
  await page.getByRole('link', { name: 'Lina Haddou' }).click();
  await expect(page.getByText('voldoet', { exact: true }).first()).toBeVisible();
  await checkpoint(page, `broker-west-triage-${test.info().project.name}`);
});
