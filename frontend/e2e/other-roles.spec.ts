import { expect, test } from './fixtures';
import { assertAccessible, checkpoint, snap, unique } from './helpers';

test('a mentor sees the mentor area and no student list @phone', async ({ mentor }) => {
  const page = await mentor();
  await expect(page.getByRole('heading', { name: 'Mijn aanmeldingen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Studenten' })).toHaveCount(0);
  await checkpoint(page, `mentor-home-${test.info().project.name}`);

  await page.goto('/students');
  await expect(page.getByText('Niet gevonden')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});

test('an employer contact sees the employer area in English when chosen', async ({ employer }) => {
  const page = await employer();
  await expect(page.getByRole('heading', { name: 'Welkom, Petra Molenaar' })).toBeVisible();
  await expect(page.getByTestId('interns').getByText('Bram')).toBeVisible();
  await assertAccessible(page);
  await expect(page.getByTestId('user-scope')).toHaveText('Bakkerij De Molen');
  await snap(page, 'employer-home-nl');
  await page.getByText('English').click();
  await expect(page.getByRole('heading', { name: 'Welcome, Petra Molenaar' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your interns', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await snap(page, 'employer-home-en');
  await page.getByText('Nederlands').click();

  // Their own places: offered here, seen by brokers at once.
  const title = unique('Hulp in de bakkerij, vroege dienst ');
  await page.getByRole('link', { name: 'Stageplaatsen beheren' }).click();
  await page.getByRole('button', { name: 'Nieuwe stageplaats' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Omschrijving').fill(title);
  await dialog.getByLabel('Uren per week').fill('20');
  await assertAccessible(page);
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText(title)).toBeVisible();
  await checkpoint(page, 'employer-places');

  await page.getByRole('link', { name: 'Bedrijfsprofiel' }).first().click();
  await page.getByLabel('Postcode').fill('12345');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Deze invoer heeft niet de juiste vorm')).toBeVisible();
  await page.getByLabel('Postcode').fill('1055 AB');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Profiel opgeslagen.')).toBeVisible();
  await expect(page.getByText('Erkend leerbedrijf')).toHaveCount(0);
  await checkpoint(page, 'employer-profile');
});
