import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { checkpoint } from './helpers';
import { unique } from './api';

test('a lead records a school\'s placement coordinator and the agreements, and sees its students by phase @phone', async ({ lead }) => {
  const project = test.info().project.name;
  const page = await lead('/schools');
  await expect(page.getByRole('heading', { name: 'Scholen', exact: true })).toBeVisible();
  const delta = page.getByTestId('school-relation').filter({ has: page.getByRole('heading', { name: 'Delta College' }) });
  await expect(delta.getByTestId('school-phases')).toContainText('Intake:');

  await delta.getByRole('button', { name: 'Bewerken: Delta College' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delta College' });
  const agreements = `Wij doen intake en plaatsing; de school meldt aan (${unique('run')}).`;
  await dialog.getByLabel('Afspraken').fill(agreements);
  await dialog.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
  const name = unique('Sanne Koster');
  await dialog.getByRole('textbox', { name: 'Naam' }).last().fill(name);
  await dialog.getByRole('textbox', { name: 'E-mail' }).last().fill('geen-adres');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog.getByText('Vul een geldig e-mailadres in')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'E-mail' }).last().fill('s.koster@delta.example.nl');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(delta.getByText(agreements)).toBeVisible();
  await expect(delta.getByRole('link', { name: 's.koster@delta.example.nl' }).first()).toBeVisible();
  await expect(delta.getByText(name)).toBeVisible();
  await checkpoint(page, `lead-schools-${project}`);

  // The same figures as a CSV for the talk with the school's management.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV downloaden' }).click();
  const csv = await download;
  expect(csv.suggestedFilename()).toBe('scholen.csv');
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text).toMatch(/^\ufeffSchool;Intake;/);
  expect(text).toContain('\r\nDelta College;');

  // Leave the list as it was for the next run: remove the contact again.
  await delta.getByRole('button', { name: 'Bewerken: Delta College' }).click();
  const count = await dialog.getByRole('textbox', { name: 'Naam' }).count();
  await dialog.getByRole('button', { name: `Contactpersoon ${count} verwijderen` }).click();
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(delta.getByText(name)).toHaveCount(0);
});
