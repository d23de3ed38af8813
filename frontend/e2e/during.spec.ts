import { expect, test } from './fixtures';
import { Api, unique } from './api';
import { checkpoint } from './helpers';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

test('a broker on a phone logs a visit with the father of a student at risk, and the dashboard keeps it on top @phone', async ({ broker }) => {
  // An intensive student ten days into an internship: the weekly check-in with the student is due.
  const last = unique('Wekker');
  const employerName = unique('Autobedrijf ');
  const api = await Api.as('broker.west');
  const student = await api.student('Bram', last);
  await api.send('POST', `/students/${student}/guidance-intensity`, { guidanceIntensity: 'INTENSIVE', reason: 'Komt vaak te laat' });
  const placement = await api.propose(student, { employerId: await api.employer(employerName) });
  await api.send('POST', `/placements/${placement}/accept`, { startDate: daysAgo(10) }, { 'If-Match': '"0"' });
  await api.send('POST', `/placements/${placement}/start`, { startDate: daysAgo(10) }, { 'If-Match': '"1"' });
  await api.dispose();

  const page = await broker(`/students/${student}?tab=places`);
  const card = page.getByTestId('placement').filter({ hasText: employerName });
  await card.getByRole('button', { name: 'Check-in vastleggen' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Met wie' }).click();
  await page.getByRole('option', { name: 'Ouder/verzorger' }).click();
  await dialog.getByRole('combobox', { name: 'Hoe' }).click();
  await page.getByRole('option', { name: 'Bezoek' }).click();
  await dialog.getByLabel('Dreigt te stoppen').check();
  await dialog.getByLabel('Notitie').fill('Vader is tot de zomer het extra wekker-alarm.');
  // What was agreed, with whom, and when to look back on it.
  await dialog.getByLabel('Afspraak gemaakt').check();
  await dialog.getByLabel('Wat is afgesproken?').fill('Vader belt hem elke werkdag om 6:30 wakker.');
  await dialog.getByLabel('Afgesproken met').fill('Vader');
  await dialog.getByLabel('Terugkijken op').fill(daysAgo(0));
  await checkpoint(page, `broker-check-in-${test.info().project.name}`);
  await dialog.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(card.getByTestId('check-ins').getByText(/Ouder\/verzorger · Bezoek/)).toBeVisible();
  await expect(card.getByTestId('agreements').getByText('Vader belt hem elke werkdag om 6:30 wakker.')).toBeVisible();

  await page.goto('/dashboard');
  const risk = page.getByTestId('at-risk');
  await expect(risk.getByRole('link', { name: `Bram ${last}` })).toBeVisible();
  await expect(risk.getByRole('listitem').filter({ hasText: employerName }).getByText(/extra wekker-alarm/)).toBeVisible();
  await expect(page.getByTestId('check-ins-due').getByRole('link', { name: `Bram ${last}` })).toBeVisible();
  const agreement = page.getByTestId('agreements-due').getByRole('listitem').filter({ hasText: `Bram ${last}` });
  await expect(agreement.getByText('Vader belt hem elke werkdag om 6:30 wakker.')).toBeVisible();
  await checkpoint(page, `broker-dashboard-at-risk-${test.info().project.name}`);
});

test('a broker on a phone closes a case with its outcomes; the referring mentor sees how it ended, without the notes @phone', async ({ schoolBroker, mentor }) => {
  const last = unique('Afsluit');
  const mentorApi = await Api.as('mentor.rivier');
  const referral = await mentorApi.referral('Lotte', last);
  await mentorApi.dispose();
  const brokerApi = await Api.as('broker.rivier');
  const { version } = await brokerApi.send<{ version: number }>('GET', `/referrals/${referral}`);
  const { studentId } = await brokerApi.send<{ studentId: string }>('POST', `/referrals/${referral}/accept`, {}, { 'If-Match': `"${version}"` });
  await brokerApi.dispose();

  const page = await schoolBroker(`/students/${studentId}`);
  await page.getByRole('button', { name: 'Dossier afsluiten' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('open-items').getByText('Er staat niets meer open.')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Uitkomst opleiding' }).click();
  await page.getByRole('option', { name: 'Andere opleiding' }).click();
  await dialog.getByLabel('Toelichting').fill('Vertrouwelijk: zorgen thuis.');
  await dialog.getByLabel('Overdragen aan een andere hulpverlener').check();
  await dialog.getByRole('combobox', { name: 'Aan' }).click();
  await page.getByRole('option', { name: 'Jongerenwerk' }).click();
  await dialog.getByLabel('Naam van de dienst of persoon').fill('Jongerenwerk Oost, K. Smit');
  await dialog.getByLabel('Waarom').fill('Hulp bij de situatie thuis');
  await checkpoint(page, `broker-close-case-${test.info().project.name}`);
  await dialog.getByRole('button', { name: 'Afsluiten' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const closed = page.getByTestId('closure');
  await expect(closed.getByText('Niet geplaatst')).toBeVisible();
  await expect(closed.getByText('Andere opleiding')).toBeVisible();
  await expect(closed.getByText(/Jongerenwerk Oost, K. Smit/)).toBeVisible();
  await expect(page.getByText('Afgesloten', { exact: true })).toBeVisible();
  await checkpoint(page, `broker-case-closed-${test.info().project.name}`);

  const mentorPage = await mentor(`/mentor/referrals/${referral}`);
  const seen = mentorPage.getByTestId('case-closed');
  await expect(seen.getByText('Niet geplaatst')).toBeVisible();
  await expect(seen.getByText('Andere opleiding')).toBeVisible();
  await expect(seen.getByText('Overgedragen aan: Jongerenwerk')).toBeVisible();
  await expect(mentorPage.getByText(/Vertrouwelijk|K\. Smit|situatie thuis|zorgen thuis/)).toHaveCount(0);
  await checkpoint(mentorPage, 'mentor-sees-case-closed');
});
