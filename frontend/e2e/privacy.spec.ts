import { expect, test } from './fixtures';
import { Api, unique } from './api';
import { checkpoint } from './helpers';

test('a lead reads who changed and who read a student\'s file, without the sensitive text @phone', async ({ lead }) => {
  const api = await Api.as('broker.west');
  const last = unique('Spoor');
  const student = await api.student('Noor', last, {}, { needs: ['HOME_SITUATION'], needsNote: 'Zorgt voor broertjes', maxTravelMinutes: 40 });
  await api.send('GET', `/students/${student}/intake`);
  await api.dispose();

  const page = await lead(`/students/${student}`);
  await page.getByRole('main').getByRole('link', { name: 'Logboek' }).click();
  await expect(page.getByRole('heading', { name: 'Logboek' })).toBeVisible();
  await expect(page.getByText(`Student: Noor ${last}`)).toBeVisible();
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: 'Ingezien' }).filter({ hasText: 'Intake' }).first()).toContainText('broker.west');
  await expect(rows.filter({ hasText: 'Aangemaakt' }).filter({ hasText: 'Student' }).first()).toBeVisible();
  await expect(page.getByText('broertjes')).toHaveCount(0);
  await checkpoint(page, `lead-audit-trail-${test.info().project.name}`);

  // Filtering by a user narrows the trail; nobody else touched this student.
  await rows.filter({ hasText: 'Ingezien' }).first().getByRole('button', { name: 'broker.west' }).click();
  await expect(page.getByLabel('Gebruiker')).toHaveValue('broker.west');
  await expect(page.getByTestId('result-count')).not.toHaveText('0 resultaten');
  await expect(rows.filter({ hasText: 'lead.west' })).toHaveCount(0);
});

test('a lead answers a data-subject request: downloads everything, then erases the personal data', async ({ lead }) => {
  const api = await Api.as('broker.west');
  const last = unique('Wis');
  const student = await api.student('Sanne', last, {}, { needs: ['SELF_CONFIDENCE'], needsNote: 'Faalangst', maxTravelMinutes: 30 });
  await api.dispose();

  const page = await lead(`/students/${student}`);
  const privacy = page.getByTestId('privacy');
  await expect(privacy.getByRole('heading', { name: 'Privacy (AVG)' })).toBeVisible();
  const download = page.waitForEvent('download');
  await privacy.getByRole('button', { name: 'Alle gegevens downloaden' }).click();
  expect((await download).suggestedFilename()).toBe(`student-${student}.zip`);

  await privacy.getByRole('button', { name: 'Persoonsgegevens wissen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Persoonsgegevens wissen?' });
  await expect(dialog).toBeVisible();
  await checkpoint(page, 'lead-erasure-dialog');
  await dialog.getByRole('button', { name: 'Definitief wissen' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Geanonimiseerd (AVG)' })).toBeVisible();
  await expect(page.getByText('Gegevens gewist')).toBeVisible();
  await expect(privacy.getByText(/De persoonsgegevens zijn gewist op/)).toBeVisible();
  await expect(page.getByText(last)).toHaveCount(0);
});

test('the SPA and its assets carry the security headers, and the app runs under its policy', async ({ page }) => {
  const index = await page.request.get('/');
  const csp = index.headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(csp).toContain("frame-ancestors 'none'");
  const script = (await index.text()).match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
  expect(script).toBeTruthy();
  const asset = await page.request.get(script!);
  expect(asset.headers()['content-security-policy']).toBe(csp);
  expect(asset.headers()['x-content-type-options']).toBe('nosniff');
  expect(asset.headers()['referrer-policy']).toBe('no-referrer');
});
