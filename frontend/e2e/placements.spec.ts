import { expect, test } from '@playwright/test';
import { assertAccessible, login, snap } from './helpers';

test('a broker sees ranked matches with reasons, proposes the student, records acceptance and start', async ({ page }) => {
  await login(page, 'broker.west', '/students?q=sanne');
  await page.getByRole('link', { name: 'Sanne de Vries' }).click();
  await page.getByRole('tab', { name: 'Plekken' }).click();

  // Outreach: choosing an employer a colleague approached lately shows who and for whom, before saving.
  await page.getByRole('combobox', { name: 'Werkgever uit het netwerk' }).click();
  await page.getByRole('option', { name: 'Zorgcentrum Westerpark' }).click();
  await expect(page.getByText(/lead.west benaderde deze werkgever/)).toBeVisible();
  await page.getByRole('combobox', { name: 'Resultaat' }).click();
  await page.getByRole('option', { name: 'Interesse' }).click();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('1 werkgever benaderd')).toBeVisible();

  const first = page.getByTestId('match').first();
  await expect(first.getByText('Helpende op de afdeling')).toBeVisible();
  await expect(first.getByText(/Past bij de opleiding \+30/)).toBeVisible();
  await expect(first.getByText(/Sector die de student wil \+15/)).toBeVisible();
  await assertAccessible(page);
  await snap(page, 'broker-matches');

  await first.getByRole('button', { name: 'Voordragen' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/Profiel voor de werkgever/).fill('Sanne is zorgzaam en betrouwbaar; wil graag in de ouderenzorg werken.');
  await dialog.getByLabel(/De student geeft toestemming/).check();
  await assertAccessible(page);
  await dialog.getByRole('button', { name: 'Voordragen' }).click();

  const placement = page.getByTestId('placement').filter({ hasText: 'Zorgcentrum Westerpark' });
  await expect(placement.getByText('Voorgedragen')).toBeVisible();
  await placement.getByRole('button', { name: 'Aangenomen' }).click();
  const start = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await page.getByRole('dialog').getByLabel('Startdatum').fill(start);
  await page.getByRole('dialog').getByRole('button', { name: 'Aangenomen' }).click();
  await expect(placement.getByText('Aangenomen', { exact: true })).toBeVisible();
  await expect(page.getByText('Geplaatst', { exact: true })).toBeVisible();

  await placement.getByRole('button', { name: 'Stage gestart' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Stage gestart' }).click();
  await expect(placement.getByText('Loopt')).toBeVisible();
  await expect(page.getByText('Op stage', { exact: true })).toBeVisible();
  await snap(page, 'broker-placement-running');

  await page.goto('/placements');
  await expect(page.getByRole('heading', { name: 'Plaatsingen' })).toBeVisible();
  await assertAccessible(page);
  await snap(page, 'broker-placement-board');

  await page.goto('/employers?sort=health');
  const westerpark = page.getByRole('row', { name: /Zorgcentrum Westerpark/ });
  await expect(westerpark.getByText('Bezoek achterstallig')).toBeVisible();
  await assertAccessible(page);
  await snap(page, 'broker-employers-health');
  await page.getByRole('link', { name: 'Zorgcentrum Westerpark' }).click();
  await expect(page.getByText('1 van 2 bezet').or(page.getByText('2 van 2 bezet'))).toBeVisible();
  await assertAccessible(page);
  await snap(page, 'broker-employer-places');
});
