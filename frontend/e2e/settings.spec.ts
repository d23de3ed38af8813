import { expect, test } from './fixtures';
import { Api, unique } from './api';
import { checkpoint } from './helpers';

// Stagepunt West's settings are shared with every other spec: what this test changes, it puts back.
type Question = { id: string; text: string; qualifyingAnswer: boolean; active: boolean; version: number };
type Settings = { noContactDays: number; checklist: Question[]; staff: { username: string; hoursPerWeek: number | null; maxActiveCases: number | null }[] };

test('a lead sets the no-contact threshold, a broker\'s capacity and the checklist, with a history @phone', async ({ lead }) => {
  const api = await Api.as('lead.west');
  const saved = await api.send<Settings>('GET', '/settings');
  const noor = saved.staff.find((m) => m.username === 'broker.west')!;
  try {
    await scenario(await lead('/settings'), saved.noContactDays);
  } finally {
    // Put back what this test changed, also when it failed halfway.
    const now = await api.send<Settings & Record<string, unknown>>('GET', '/settings');
    await api.send('PUT', '/settings', { kind: now.kind, defaultGuidanceIntensity: now.defaultGuidanceIntensity,
      noContactDays: saved.noContactDays, followUpDays: now.followUpDays }, { 'If-Match': `"${now.version as number}"` });
    await api.send('PUT', '/settings/staff/broker.west', { hoursPerWeek: noor.hoursPerWeek, maxActiveCases: noor.maxActiveCases });
    const seeded = new Set(saved.checklist.filter((q) => q.active).map((q) => q.id));
    for (const q of now.checklist.filter((x) => x.active && !seeded.has(x.id))) {
      await api.send('PUT', `/settings/checklist/${q.id}`, { text: q.text, qualifyingAnswer: q.qualifyingAnswer, active: false },
        { 'If-Match': `"${q.version}"` });
    }
    await api.dispose();
  }
});

async function scenario(page: import('@playwright/test').Page, days0: number) {
  await expect(page.getByRole('heading', { name: 'Instellingen' })).toBeVisible();
  await checkpoint(page, `lead-settings-${test.info().project.name}`);

  // The threshold for "no contact", read back on the dashboard and in the history.
  const days = page.getByLabel('Signaal "geen contact" na … dagen');
  await expect(days).toHaveValue(String(days0));
  await days.fill('21');
  await page.getByRole('button', { name: 'Opslaan' }).first().click();
  await expect(page.getByText('Opgeslagen')).toBeVisible();
  await expect(page.getByTestId('settings-history').getByText(`Geen contact na (dagen): ${days0} → 21`).first()).toBeVisible();

  // A broker's maximum of active cases, set against their load on the lead's dashboard.
  await page.getByLabel('Maximum dossiers: Noor Bakker').fill('40');
  await page.getByRole('button', { name: 'Opslaan: Noor Bakker' }).click();
  await expect(page.getByTestId('settings-history').getByText(/Capaciteit \(Noor Bakker\)/).first()).toBeVisible();

  // A new question goes last; moved up, then no longer asked.
  const text = unique('Heeft de student een BSN? ');
  await page.getByRole('button', { name: 'Vraag toevoegen' }).click();
  await page.getByRole('textbox', { name: /^Vraag/ }).fill(text);
  await page.getByRole('radiogroup', { name: 'Welk antwoord voldoet?' }).getByLabel('Ja').check();
  await page.getByRole('button', { name: 'Vraag toevoegen' }).click();
  const questions = page.getByTestId('question');
  await expect(questions.last()).toContainText(text);
  await page.getByRole('button', { name: 'Vraag 4 omhoog' }).click();
  await expect(questions.nth(2)).toContainText(text);
  await page.getByRole('switch', { name: `Actief: ${text}` }).click();
  await expect(questions).toHaveCount(3);
  await expect(page.getByTestId('checklist').getByText(text)).toBeVisible();

  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { name: /21 dagen/ })).toBeVisible();
  await expect(page.getByTestId('broker-load').filter({ hasText: 'Noor Bakker' }).getByText(/van 40/)).toBeVisible();
  await expect(page.getByTestId('waiting-vs-free')).toContainText('Ruimte voor nog');
  await checkpoint(page, `lead-dashboard-capacity-${test.info().project.name}`);
}
