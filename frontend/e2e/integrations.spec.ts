import { expect, test } from './fixtures';
import { Api, unique } from './api';
import { checkpoint } from './helpers';

test('a lead switches on a webhook, keeps its secret, and reads its delivery log @phone', async ({ lead }) => {
  const url = `https://${unique('hooks').toLowerCase()}.example.org/stagemakelaar`;
  const page = await lead('/integrations');
  await expect(page.getByRole('heading', { name: 'Koppelingen' })).toBeVisible();
  await expect(page.getByTestId('integration-clients').getByText('integration-west', { exact: true })).toBeVisible();
  await page.getByLabel('Adres (URL) van het ontvangende systeem').fill(url);
  await page.getByRole('checkbox', { name: 'Plaatsing gewijzigd' }).check();
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  const secret = page.getByTestId('webhook-secret');
  await expect(secret.getByLabel('Geheim')).toHaveValue(/^whsec_/);

  // An event after registering becomes a delivery; the receiver does not exist, so it waits for a retry.
  const api = await Api.as('broker.west');
  const student = await api.student('Hook', unique('Koppeling'));
  await api.propose(student, { employerId: await api.employer(unique('Koppeling BV')) });
  await api.dispose();
  const endpoint = page.getByTestId('webhook').filter({ hasText: url });
  await expect(endpoint.getByText('Actief')).toBeVisible();
  await endpoint.getByRole('button', { name: 'Bezorgingen tonen' }).click();
  await expect(endpoint.getByRole('row', { name: /Plaatsing gewijzigd/ }).first()).toBeVisible();
  await expect(endpoint.getByRole('row', { name: /Plaatsing gewijzigd/ }).first().getByText('Wacht')).toBeVisible();
  await checkpoint(page, `lead-integrations-${test.info().project.name}`);

  page.once('dialog', (dialog) => dialog.accept());
  await endpoint.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page.getByTestId('webhook').filter({ hasText: url })).toHaveCount(0);
});
