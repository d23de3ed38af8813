import { expect, test } from './fixtures';
import { Api, ids, unique } from './api';
import { assertAccessible, checkpoint, snap } from './helpers';

test('a broker sees ranked matches with reasons, proposes the student, records acceptance and start', async ({ broker }) => {
  // A student who wants care work in a town of their own, and one place that fits every criterion.
  const town = unique('Zorgdorp');
  const last = unique('Jansen');
  const title = unique('Helpende op de afdeling ');
  const api = await Api.as('broker.west');
  const student = await api.student('Sanne', last, { programmeId: ids.programmeCare2 },
    { preferredSectors: 'zorg', homeCity: town, requiredHours: 400 });
  const employerName = unique('Zorghuis ');
  const employer = await api.employer(employerName, { city: town, supportOpenness: 'YES' });
  // Never visited although a visit is due every month: overdue on the network's health list.
  const overdueName = unique('Bouwbedrijf ');
  await api.employer(overdueName, { visitEveryDays: 30 });
  await api.place(employer, title, { programmeId: ids.programmeCare2, sector: 'zorg', city: town, levelMin: 1, levelMax: 3, places: 1 });
  await api.dispose();

  const page = await broker(`/students/${student}`);
  await expect(page.getByRole('heading', { name: `Sanne ${last}` })).toBeVisible();
  await page.getByRole('tab', { name: 'Plekken' }).click();

  // Outreach: choosing an employer a colleague approached lately shows who and for whom, before saving.
  await page.getByRole('combobox', { name: 'Werkgever uit het netwerk' }).click();
  await page.getByRole('option', { name: 'Zorgcentrum Westerpark' }).click();
  await expect(page.getByText(/Lotte de Wit benaderde deze werkgever/)).toBeVisible();
  await page.getByRole('combobox', { name: 'Resultaat' }).click();
  await page.getByRole('option', { name: 'Interesse' }).click();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('1 werkgever benaderd')).toBeVisible();

  const first = page.getByTestId('match').first();
  await expect(first.getByText(title)).toBeVisible();
  await expect(first.getByText(/Past bij de opleiding \+30/)).toBeVisible();
  await expect(first.getByText(/Sector die de student wil \+15/)).toBeVisible();
  await checkpoint(page, 'broker-matches');

  await first.getByRole('button', { name: 'Voordragen' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/Profiel voor de werkgever/).fill('Sanne is zorgzaam en betrouwbaar; wil graag in de ouderenzorg werken.');
  await dialog.getByLabel(/De student geeft toestemming/).check();
  // The hours come from the intake and can be set for this internship.
  await expect(dialog.getByLabel('Benodigde stage-uren')).toHaveValue('400');
  await dialog.getByLabel('Benodigde stage-uren').fill('420');
  // The kind of placement, as the report counts them: this employer works with the desk's own organisation.
  await dialog.getByRole('combobox', { name: 'Soort plaatsing' }).click();
  await page.getByRole('option', { name: 'Eigen organisatie' }).click();
  await assertAccessible(page);
  await dialog.getByRole('button', { name: 'Voordragen' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const placement = page.getByTestId('placement').filter({ hasText: employerName });
  await expect(placement.getByText('Voorgedragen')).toBeVisible();
  await expect(placement.getByText(/Eigen organisatie/)).toBeVisible();
  const check = await Api.as('broker.west');
  const proposed = await check.send<{ items: { requiredHours: number | null; type: string }[] }>('GET', `/placements?studentId=${student}`);
  await check.dispose();
  expect(proposed.items.map((i) => [i.requiredHours, i.type])).toEqual([[420, 'OWN_ORGANISATION']]);
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
  await checkpoint(page, 'broker-placement-board');

  await page.goto('/employers?sort=health');
  await expect(page.getByRole('row', { name: new RegExp(overdueName) }).getByText('Bezoek achterstallig')).toBeVisible();
  // The approach of Westerpark above counts as contact: its visit is no longer overdue.
  await page.goto(`/employers?q=${encodeURIComponent('Zorgcentrum Westerpark')}`);
  await expect(page.getByRole('row', { name: /Zorgcentrum Westerpark/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Zorgcentrum Westerpark/ }).getByText('Bezoek achterstallig')).toHaveCount(0);
  await checkpoint(page, 'broker-employers-health');
  await page.goto(`/employers/${employer}`);
  await expect(page.getByText('1 van 1 bezet')).toBeVisible();
  await checkpoint(page, 'broker-employer-places');
});

test('a broker edits a place of an employer and closes it for new candidates @phone', async ({ broker }) => {
  const api = await Api.as('broker.west');
  const employer = await api.employer(unique('Fietsenmaker '));
  const title = unique('Werkplaats ');
  await api.place(employer, title, { sector: 'techniek', places: 1 });
  await api.dispose();

  const page = await broker(`/employers/${employer}`);
  await page.getByRole('button', { name: `Bewerken: ${title}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Uren per week').fill('32');
  await checkpoint(page, `broker-place-edit-${test.info().project.name}`);
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('place').filter({ hasText: title }).getByText(/32 u\/w/)).toBeVisible();

  await page.getByRole('button', { name: `Bewerken: ${title}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Sluiten voor nieuwe kandidaten' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('place').filter({ hasText: title }).getByText('Gesloten', { exact: true })).toBeVisible();
});
