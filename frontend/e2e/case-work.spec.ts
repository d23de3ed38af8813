import { expect, test } from '@playwright/test';
import { Api } from './api';
import { assertAccessible, login, snap, unique } from './helpers';

test('a broker logs a WhatsApp contact, ticks the CV and sees the follow-up on the dashboard @phone', async ({ page }) => {
  const project = test.info().project.name;
  const last = unique('de Vries');
  const broker = await Api.as('broker.west');
  await broker.student('Sanne', last);
  await broker.dispose();
  const name = `Sanne ${last}`;
  await login(page, 'broker.west');
  await expect(page.getByRole('heading', { name: 'Mijn dag' })).toBeVisible();
  await assertAccessible(page);
  await snap(page, `broker-dashboard-${project}`);

  await page.goto(`/students?q=${encodeURIComponent(last)}`);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await assertAccessible(page);
  await snap(page, `broker-case-file-${project}`);

  await page.getByRole('tab', { name: 'Contacten' }).click();
  await page.getByText('WhatsApp', { exact: true }).click();
  await page.getByRole('button', { name: '5 minuten', exact: true }).click();
  await page.getByLabel('Korte samenvatting').fill(`Appje over de sollicitatie (${project})`);
  await page.getByLabel('Opvolgen op').fill(new Date().toISOString().slice(0, 10));
  await assertAccessible(page);
  await snap(page, `broker-log-contact-${project}`);
  await page.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(page.getByText('Contact vastgelegd')).toBeVisible();
  await expect(page.getByText(`Appje over de sollicitatie (${project})`)).toBeVisible();

  await page.getByRole('tab', { name: 'Voorbereiding' }).click();
  const cv = page.getByRole('radiogroup', { name: 'Cv' });
  await cv.getByText('Klaar').click();
  await expect(cv.getByRole('radio', { name: 'Klaar' })).toBeChecked();
  await assertAccessible(page);
  await snap(page, `broker-preparation-${project}`);

  await page.getByRole('tab', { name: 'Tijdlijn' }).click();
  await expect(page.getByText('CV: OPEN → DONE')).toBeVisible();
  await snap(page, `broker-timeline-${project}`);

  await page.goto('/dashboard');
  await expect(page.getByTestId('follow-ups').getByRole('link', { name })).toBeVisible();
  await snap(page, `broker-dashboard-after-${project}`);
});

test('a lead sees every broker against the capacity', async ({ page }) => {
  await login(page, 'lead.west');
  await expect(page.getByRole('heading', { name: 'Overzicht organisatie' })).toBeVisible();
  await expect(page.getByText('Capaciteit: 64 uur per week')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Noor Bakker' })).toBeVisible();
  await assertAccessible(page);
  await snap(page, 'lead-dashboard');
});
