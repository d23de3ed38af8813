import { expect, test } from '@playwright/test';
import { assertAccessible, login, snap } from './helpers';

test('a mentor sees the mentor area and no student list @phone', async ({ page }) => {
  await login(page, 'mentor.rivier');
  await expect(page.getByRole('heading', { name: 'Mijn aanmeldingen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Studenten' })).toHaveCount(0);
  await assertAccessible(page);
  await snap(page, `mentor-home-${test.info().project.name}`);

  await page.goto('/students');
  await expect(page.getByText('Niet gevonden')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});

test('an employer contact sees the employer area in English when chosen', async ({ page }) => {
  await login(page, 'employer.demo');
  await expect(page.getByRole('heading', { name: 'Mijn bedrijf' })).toBeVisible();
  await assertAccessible(page);
  await page.getByText('English').click();
  await expect(page.getByRole('heading', { name: 'My company' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await snap(page, 'employer-home-en');
  await page.getByText('Nederlands').click();
});
