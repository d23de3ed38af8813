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
  await checkpoint(page, `broker-check-in-${test.info().project.name}`);
  await dialog.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(card.getByTestId('check-ins').getByText(/Ouder\/verzorger · Bezoek/)).toBeVisible();

  await page.goto('/dashboard');
  const risk = page.getByTestId('at-risk');
  await expect(risk.getByRole('link', { name: `Bram ${last}` })).toBeVisible();
  await expect(risk.getByRole('listitem').filter({ hasText: employerName }).getByText(/extra wekker-alarm/)).toBeVisible();
  await expect(page.getByTestId('check-ins-due').getByRole('link', { name: `Bram ${last}` })).toBeVisible();
  await checkpoint(page, `broker-dashboard-at-risk-${test.info().project.name}`);
});
