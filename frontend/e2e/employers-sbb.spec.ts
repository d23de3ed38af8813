import { expect, test } from './fixtures';
import { Api, unique } from './api';
import { checkpoint } from './helpers';

test('a broker sees that an SBB recognition checked over a year ago is due, and records a new check @phone', async ({ broker }) => {
  const name = unique('Hotel Erkend');
  const api = await Api.as('broker.west');
  const longAgo = new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 10);
  await api.employer(name, { sbbStatus: 'RECOGNISED', sbbNumber: '100999', sbbCheckedOn: longAgo, ownerBroker: 'broker.west' });
  await api.dispose();

  // The owner's dashboard lists it, with the date it was checked; the link leads to the employer.
  const page = await broker('/dashboard');
  const panel = page.getByTestId('sbb-due');
  await expect(panel.getByRole('listitem').filter({ hasText: name })).toContainText('Erkend leerbedrijf · gecontroleerd op');
  await panel.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  const due = page.getByRole('alert').filter({ hasText: 'SBB-erkenning opnieuw controleren' });
  await expect(due).toBeVisible();
  await expect(due.getByRole('link', { name: 'Opzoeken op Stagemarkt' })).toHaveAttribute('href', 'https://www.stagemarkt.nl/');
  await checkpoint(page, `broker-employer-sbb-due-${test.info().project.name}`);

  // Looked up today with a new number: the date follows by itself and the reminder is gone.
  await page.getByRole('link', { name: 'Bewerken' }).click();
  await page.getByLabel('SBB-nummer').fill('101000');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByText(/Erkend leerbedrijf \(101000\) · gecontroleerd op/)).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'SBB-erkenning opnieuw controleren' })).toHaveCount(0);
  await page.goto('/dashboard');
  await expect(page.getByTestId('sbb-due')).toBeVisible();
  await expect(page.getByTestId('sbb-due').getByRole('link', { name })).toHaveCount(0);
});
