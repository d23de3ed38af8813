import { expect, test } from './fixtures';
import { fillStudent } from './pages';
import { Api, ids, unique } from './api';
import { assertAccessible, checkpoint } from './helpers';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

test('a broker registers a walk-in with the referral form and takes the case on at once @phone', async ({ broker }) => {
  const lastName = unique('Amrani');
  const page = await broker('/referrals');
  await page.getByRole('link', { name: 'Aanmelding registreren' }).click();
  await fillStudent(page, { firstName: 'Ilyas', lastName, dateOfBirth: '2006-02-02', phone: '0612340000' });
  await page.getByRole('button', { name: 'Volgende' }).click();

  await page.getByLabel('De student komt er zelf niet uit').check();
  await page.getByLabel('Langer dan 2 maanden').check();
  await page.getByLabel('Aantal verstuurde sollicitaties').fill('12');
  await page.getByRole('button', { name: 'Volgende' }).click();

  // How the student reached the desk and who sent them, then the organisation's own checklist.
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByText('Maak een keuze').first()).toBeVisible();
  await page.getByRole('combobox', { name: 'School' }).click();
  await page.getByRole('option', { name: 'ROC Noordkade' }).click();
  await page.getByRole('combobox', { name: 'Hoe kwam de student binnen?' }).click();
  await page.getByRole('option', { name: 'Binnengelopen' }).click();
  await page.getByRole('combobox', { name: 'Wie verwees?' }).click();
  await page.getByRole('option', { name: 'Jongerenwerker' }).click();
  await page.getByLabel('Naam van de verwijzer').fill('Jongerenwerk Oost');
  await page.getByRole('radiogroup', { name: /woont of leert/ }).getByLabel('Ja').check();
  await page.getByRole('radiogroup', { name: /al een stageplek toegezegd/ }).getByLabel('Nee').check();
  await page.getByRole('radiogroup', { name: /binnen drie maanden/ }).getByLabel('Ja').check();
  await checkpoint(page, 'broker-referral-registration');
  await page.getByRole('button', { name: 'Volgende' }).click();

  await page.getByLabel(/De student is het eens met deze aanmelding/).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByText('Binnengelopen')).toBeVisible();
  await expect(page.getByLabel(/Direct aannemen/)).toBeChecked();
  await assertAccessible(page);
  await page.getByRole('button', { name: 'Aanmelding opslaan' }).click();

  // Accepted at once: the case file opens, with the referral it started from, and people by name.
  await expect(page.getByRole('heading', { name: `Ilyas ${lastName}` })).toBeVisible();
  await expect(page.getByText(/is aangenomen; het dossier staat klaar/)).toBeVisible();
  const origin = page.getByTestId('referral-origin');
  await expect(origin.getByText('Jongerenwerker: Jongerenwerk Oost · Binnengelopen')).toBeVisible();
  await expect(origin.getByText('De student komt er zelf niet uit')).toBeVisible();
  await expect(origin.getByText('12 sollicitaties')).toBeVisible();
  await expect(page.getByText('Stagemakelaar: Noor Bakker')).toBeVisible();
  await checkpoint(page, 'broker-case-file-origin');
});

test('a broker logs a visit with an employer without a student and reads its history @phone', async ({ broker }) => {
  const api = await Api.as('broker.west');
  const employerName = unique('Drukkerij ');
  const employer = await api.employer(employerName, { visitEveryDays: 30 });
  // Two internships ran here, and a colleague approached the employer for a third student.
  for (const name of ['Lieke', 'Sem']) {
    const student = await api.student(name, unique('Host'));
    const placement = await api.propose(student, { employerId: employer });
    await api.send('POST', `/placements/${placement}/accept`, { startDate: inDays(1) }, { 'If-Match': '"0"' });
    await api.send('POST', `/placements/${placement}/start`, { startDate: inDays(1) }, { 'If-Match': '"1"' });
  }
  const approached = await api.student('Noa', unique('Benaderd'));
  await api.send('POST', `/students/${approached}/outreach`, { employerId: employer, channel: 'PHONE', result: 'INTERESTED' });
  await api.dispose();

  const page = await broker(`/employers/${employer}`);
  await expect(page.getByRole('heading', { name: employerName })).toBeVisible();
  await expect(page.getByTestId('host-badge')).toHaveText('Vaste stagebieder: 2 stages');
  await expect(page.getByTestId('employer-placement')).toHaveCount(2);
  await expect(page.getByText(/Interesse · Noor Bakker/)).toBeVisible();

  await page.getByRole('button', { name: '60 minuten' }).click();
  await page.getByLabel('Korte samenvatting').fill('Kennismaking op de werkvloer; twee plekken vanaf maart.');
  await page.getByRole('button', { name: 'Vastleggen' }).click();
  // The saved contact in the list (the form may still hold the text until it is cleared).
  await expect(page.getByRole('status').filter({ hasText: 'Contact vastgelegd' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Kennismaking op de werkvloer; twee plekken vanaf maart.' })).toBeVisible();
  await expect(page.getByText('Nog geen contact', { exact: true })).toHaveCount(0);
  await checkpoint(page, `broker-employer-history-${test.info().project.name}`);
});

test('a broker finds open places across the network with filters @phone', async ({ broker }) => {
  const sector = unique('grafisch');
  const town = unique('Weesp');
  const api = await Api.as('broker.west');
  const employer = await api.employer(unique('Studio '));
  const nearTitle = unique('Vormgeving ');
  await api.place(employer, nearTitle, { sector, city: town, levelMin: 2, levelMax: 3, startDate: inDays(20) });
  await api.place(employer, unique('Drukwerk '), { sector, city: 'Almere', levelMin: 1, levelMax: 1 });
  await api.dispose();

  const page = await broker('/places');
  await expect(page.getByRole('heading', { name: 'Open stageplekken' })).toBeVisible();
  await page.getByLabel('Sector').fill(sector);
  await expect(page.getByTestId('open-place')).toHaveCount(2);
  await page.getByLabel('Plaats').fill(town);
  await expect(page.getByTestId('open-place')).toHaveCount(1);
  await expect(page.getByTestId('open-place').getByText(nearTitle)).toBeVisible();
  await checkpoint(page, `broker-open-places-${test.info().project.name}`);
});

test('the student reach counts in matching, and an internship found by the student is recorded without a proposal @phone', async ({ broker }) => {
  const home = unique('Thuisdorp');
  const reachable = unique('Buurdorp');
  const sector = unique('dier');
  const title = unique('Dierenverzorging ');
  const api = await Api.as('broker.west');
  const student = await api.student('Mila', unique('Reach'), { programmeId: ids.programmeRetail2 }, { homeCity: home, preferredSectors: sector, requiredHours: 450 });
  await api.place(await api.employer(unique('Dierenpark ')), title, { sector, city: reachable });
  await api.dispose();

  const page = await broker(`/students/${student}?tab=intake`);
  const towns = page.getByRole('combobox', { name: 'Plaatsen die de student kan bereiken' });
  await towns.fill(reachable);
  await towns.press('Enter');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Intake opgeslagen')).toBeVisible();

  await page.getByRole('tab', { name: 'Plekken' }).click();
  const match = page.getByTestId('match').filter({ hasText: title });
  await expect(match.getByText(/In een plaats die de student kan bereiken/)).toBeVisible();

  const employerName = unique('Kapsalon ');
  await page.getByRole('button', { name: 'Zelf een stage gevonden' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Benodigde stage-uren')).toHaveValue('450');
  await dialog.getByLabel('Of een nieuwe werkgever (naam)').fill(employerName);
  await dialog.getByLabel('Startdatum').fill(inDays(10));
  await dialog.getByLabel('Einddatum').fill(inDays(5));
  await dialog.getByRole('button', { name: 'Stage vastleggen' }).click();
  await expect(dialog.getByText('De einddatum ligt voor de startdatum')).toBeVisible();
  await dialog.getByLabel('Einddatum').fill(inDays(130));
  await assertAccessible(page);
  await dialog.getByRole('button', { name: 'Stage vastleggen' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const placement = page.getByTestId('placement').filter({ hasText: employerName });
  await expect(placement.getByText(/Zelf gevonden/)).toBeVisible();
  await expect(placement.getByText('Aangenomen', { exact: true })).toBeVisible();
  await expect(page.getByText('Geplaatst', { exact: true })).toBeVisible();
  await checkpoint(page, 'broker-found-by-student');
});
