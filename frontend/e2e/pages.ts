import type { Page } from '@playwright/test';

/** The student's own details, as the broker's form and the mentor's wizard both ask them. */
export async function fillStudent(page: Page, s: { firstName: string; lastName: string; dateOfBirth: string; phone: string }) {
  await page.getByLabel('Voornaam').fill(s.firstName);
  await page.getByLabel('Achternaam').fill(s.lastName);
  await page.getByLabel('Geboortedatum').fill(s.dateOfBirth);
  await page.getByLabel('Telefoonnummer').fill(s.phone);
}
